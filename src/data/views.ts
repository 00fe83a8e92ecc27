// Every report's view model, worked out once per build and shared by every page that shows it.
import { getCollection } from 'astro:content';
import { type ReportView, reportView } from '../lib/view.ts';
import type { Report } from '../schemas/report.ts';
import { type Department, departments } from './collections.ts';

/** A department with the view model of each of its reports, oldest first. */
export interface DepartmentViews extends Department {
  views: ReportView[];
}

let cache: Promise<Map<string, ReportView>> | undefined;

const key = (org: string, year: number) => `${org}/${year}`;

function allViews(): Promise<Map<string, ReportView>> {
  cache ??= getCollection('reports').then(
    (entries) =>
      new Map(
        entries.map((entry) => [
          key(entry.data.org, entry.data.year),
          reportView(entry.data, entry.body ?? ''),
        ]),
      ),
  );
  return cache as Promise<Map<string, ReportView>>;
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
