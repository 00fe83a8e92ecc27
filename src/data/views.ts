// Every report's view model, worked out once per build and shared by every page that shows it.
import { getCollection } from 'astro:content';
import { type ReportView, reportView } from '../lib/view/index.ts';
import type { Report } from '../schemas/report.ts';
import { type Department, departments } from './collections.ts';

/** A department with the view model of each of its reports, oldest first. */
export interface DepartmentViews extends Department {
  views: ReportView[];
}

let cache: { key: string; views: Map<string, ReportView> } | undefined;

const key = (org: string, year: number) => `${org}/${year}`;

/**
 * Every report's view, computed once per content state: a build computes them once for all
 * pages; `npm run dev` recomputes when a saved file changes the collection (its digests).
 */
async function allViews(): Promise<Map<string, ReportView>> {
  // A build's content never changes while it runs: skip even the cheap check on every page.
  if (cache && !import.meta.env.DEV) return cache.views;
  const [entries, outlines] = await Promise.all([
    getCollection('reports'),
    getCollection('outlines'),
  ]);
  const state = entries.map((e) => `${e.id}:${e.digest ?? ''}`).join('|');
  const outlineOf = new Map(outlines.map((o) => [o.id, o.data]));
  if (cache?.key !== state)
    cache = {
      key: state,
      views: new Map(
        entries.map((entry) => [
          key(entry.data.org, entry.data.year),
          reportView(entry.data, outlineOf.get(entry.id) ?? { headings: [] }),
        ]),
      ),
    };
  return cache.views;
}

/** The view model of one report. */
export async function viewOf(report: Report): Promise<ReportView> {
  return (await allViews()).get(key(report.org, report.year)) ?? reportView(report);
}

/** Every department with its reports' view models. */
export async function departmentViews(): Promise<DepartmentViews[]> {
  const [list, views] = await Promise.all([departments(), allViews()]);
  return list.map((d) => ({
    ...d,
    views: d.reports.map((r) => views.get(key(r.org, r.year)) ?? reportView(r)),
  }));
}
