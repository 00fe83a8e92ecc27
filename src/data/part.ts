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
