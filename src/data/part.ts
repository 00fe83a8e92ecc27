// The part of the site this Astro run renders (src/io/parts.ts): pages filter their paths here.
import { rendersPart } from '../io/parts.ts';
import { plan } from './plan.ts';

const { part } = plan;

/**
 * A page's paths, less those another run of the build renders: a path with an `org` parameter
 * belongs to that department's run, any other to the district-wide run.
 */
export async function forPart<T extends { params: Record<string, unknown> }>(
  paths: T[] | Promise<T[]>,
): Promise<T[]> {
  const all = await paths;
  return all.filter((p) => {
    const org = p.params['org'];
    return rendersPart(part, typeof org === 'string' ? org : undefined);
  });
}

/**
 * A page's paths for each report's data files and print stylesheet (src/lib/report-files.ts):
 * none when `npm run build` writes those in its sidecar process, on the core Astro leaves idle
 * (the plan's `reportFilesAside`, src/pipeline/sidecar.ts); `npm run dev` and `astro build` run directly
 * render them here.
 */
export function forReportFiles<T extends { params: Record<string, unknown> }>(
  paths: T[] | Promise<T[]>,
): Promise<T[]> {
  return plan.reportFilesAside ? Promise.resolve([]) : forPart(paths);
}
