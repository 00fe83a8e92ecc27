// The one place pages read content collections, so every page sees departments and reports alike.
import { getCollection } from 'astro:content';
import { departmentsOf } from '../lib/departments.ts';
import type { Department } from '../schemas/org.ts';

export type { Department };

let built: Promise<Department[]> | undefined;

/**
 * Every department with its reports, in the order of their short names: gathered once per build
 * (every report page asks, and gathering per page was quadratic in the reports), and afresh on
 * every call in `npm run dev`, where a saved file changes the collections.
 */
export function departments(): Promise<Department[]> {
  if (built && !import.meta.env.DEV) return built;
  built = gather();
  return built;
}

async function gather(): Promise<Department[]> {
  const [orgs, reports] = await Promise.all([getCollection('orgs'), getCollection('reports')]);
  return departmentsOf(
    orgs.map((entry) => [entry.id, entry.data] as const),
    reports.map((entry) => entry.data),
  );
}

/**
 * The content's blocking problems as `npm run validate` prints them, empty when there are none.
 * Only `npm run dev` can see any: a build with errors stops in the loader.
 */
export async function validationErrors(): Promise<string> {
  const [status] = await getCollection('validation');
  return status?.data.errors ?? '';
}
