import type { APIRoute } from 'astro';
import { forPart } from '../../data/part.ts';
import { type DepartmentViews, departmentViews } from '../../data/views.ts';
import { reportData } from '../../lib/dataset.ts';

/** One department's reports, oldest first: the data behind its trend and comparison views. */
/** Every path of this page, whichever run of the build renders it (the sitemap reads them). */
export async function allPaths() {
  return (await departmentViews()).map((department) => ({
    params: { org: department.id },
    props: { department },
  }));
}

/** The paths this run of the build renders (src/io/parts.ts). */
export const getStaticPaths = () => forPart(allPaths());

export const GET: APIRoute = ({ props }) => {
  const { department } = props as { department: DepartmentViews };
  const reports = department.views.map((v) => reportData(department, v));
  return new Response(`${JSON.stringify({ reports }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
