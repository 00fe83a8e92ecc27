// The one place pages read content collections, so every page sees departments and reports alike.
import { getCollection } from 'astro:content';
import type { Department } from '../schemas/org.ts';

export type { Department };

/** Every department with its reports, in the order of their short names. */
export async function departments(): Promise<Department[]> {
  const [orgs, reports] = await Promise.all([getCollection('orgs'), getCollection('reports')]);
  return orgs
    .map((entry) => ({
      id: entry.id,
      org: entry.data,
      reports: reports
        .filter((r) => r.data.org === entry.id)
        .map((r) => r.data)
        .sort((a, b) => a.year - b.year),
    }))
    .sort((a, b) => a.org.shortName.localeCompare(b.org.shortName, 'zh-CN'));
}

/**
 * The content's blocking problems as `npm run validate` prints them, empty when there are none.
 * Only `npm run dev` can see any: a build with errors stops in the loader.
 */
export async function validationErrors(): Promise<string> {
  const [status] = await getCollection('validation');
  return status?.data.errors ?? '';
}
