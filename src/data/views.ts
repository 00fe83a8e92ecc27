// Every report's view model, worked out once per build and shared by every page that shows it.
import { getCollection } from 'astro:content';
import { viewsReady } from '../io/plan.ts';
import { readViews } from '../io/validated.ts';
import { type ReportView, reportView } from '../lib/view/index.ts';
import type { Report } from '../schemas/report.ts';
import { type Department, departments } from './collections.ts';
import { plan } from './plan.ts';

/** A department with the view model of each of its reports, oldest first. */
export interface DepartmentViews extends Department {
  views: ReportView[];
}

let cache: { key: string; views: Promise<Map<string, ReportView>> } | undefined;

const key = (org: string, year: number) => `${org}/${year}`;

type Entries = Awaited<ReturnType<typeof getCollection<'reports'>>>;

/**
 * Every report's view, once per content state: in `npm run build` the validate stage worked them
 * out beside the validation (the plan's `views`), and a run reads them; otherwise (`npm run dev`,
 * `astro build` run directly, or content changed after the build validated it) they are worked
 * out here, and `npm run dev` works them out again when a saved file changes the collection.
 */
async function allViews(): Promise<Map<string, ReportView>> {
  // A build's content never changes while it runs: skip even the cheap check on every page.
  if (cache && !import.meta.env.DEV) return cache.views;
  const entries = await getCollection('reports');
  const state = entries.map((e) => `${e.id}:${e.digest ?? ''}`).join('|');
  // A promise, so that pages rendered at the same time share one reading.
  if (cache?.key !== state)
    cache = {
      key: state,
      views: handedViews(entries).then((handed) => handed ?? workedOut(entries)),
    };
  return cache.views;
}

/** The views the validate stage wrote, if they were worked out from the content in the store. */
async function handedViews(entries: Entries): Promise<Map<string, ReportView> | undefined> {
  const first = entries[0]?.digest;
  const digest = first === undefined ? undefined : String(first);
  if (!plan.views || import.meta.env.DEV || !digest) return undefined;
  if (entries.some((e) => String(e.digest) !== digest)) return undefined;
  await viewsReady(plan);
  const views = readViews(plan.views, digest);
  if (!views) return undefined;
  const byKey = new Map(views.map((view) => [key(view.report.org, view.report.year), view]));
  return entries.every((e) => byKey.has(key(e.data.org, e.data.year))) ? byKey : undefined;
}

async function workedOut(entries: Entries): Promise<Map<string, ReportView>> {
  const outlines = await getCollection('outlines');
  const outlineOf = new Map(outlines.map((o) => [o.id, o.data]));
  return new Map(
    entries.map((entry) => [
      key(entry.data.org, entry.data.year),
      reportView(entry.data, outlineOf.get(entry.id) ?? { headings: [] }),
    ]),
  );
}

/** The view model of one report. */
export async function viewOf(report: Report): Promise<ReportView> {
  return (await allViews()).get(key(report.org, report.year)) ?? reportView(report);
}

let withViews: Promise<DepartmentViews[]> | undefined;

/** Every department with its reports' view models: once per build, as `departments()`. */
export function departmentViews(): Promise<DepartmentViews[]> {
  if (withViews && !import.meta.env.DEV) return withViews;
  withViews = gatherViews();
  return withViews;
}

async function gatherViews(): Promise<DepartmentViews[]> {
  const [list, views] = await Promise.all([departments(), allViews()]);
  return list.map((d) => ({
    ...d,
    views: d.reports.map((r) => views.get(key(r.org, r.year)) ?? reportView(r)),
  }));
}
