// The one place pages read content collections, so every page sees departments and reports alike.
import { getCollection } from 'astro:content';
import type { Department } from '../schemas/org.ts';

export type { Department };

/** Every department with its reports, in the order of their short names. */
export async function departments(): Promise<Department[]> {
  const [orgs, reports, validation] = await Promise.all([
    getCollection('orgs'),
    getCollection('reports'),
    getCollection('validation'),
  ]);
  // `npm run dev`: content with errors shows them on every page (the build never gets here).
  const errors = validation[0]?.data.errors;
  if (errors) throw new Error(`内容校验未通过，请修改后保存：\n\n${errors}`);
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
