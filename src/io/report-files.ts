// Each report's files beside its page (src/lib/report-files.ts: its data as JSON and CSV tables,
// and its print stylesheet), written into a built site from one place: by `npm run build`'s
// sidecar process beside Astro (src/pipeline/sidecar-child.ts), and by `astro build` run directly
// once it has rendered (src/data/report-files.ts). `npm run dev` serves the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { departmentsOf } from '../lib/departments.ts';
import { allReportFiles, type SiteFile } from '../lib/report-files.ts';
import { type ReportView, reportView } from '../lib/view/index.ts';
import type { Report } from '../schemas/report.ts';
import type { LoadedContent } from './load.ts';

/**
 * Every report file of validated `content`, each report's view from `viewOf`, or worked out
 * here from its frontmatter and outline when none is given.
 */
export function contentReportFiles(
  content: Pick<LoadedContent, 'orgs' | 'reports'>,
  viewOf?: (report: Report) => ReportView,
): Generator<SiteFile> {
  const departments = departmentsOf(
    content.orgs.entries(),
    content.reports.map((r) => r.data),
  );
  const outlines = new Map(content.reports.map((r) => [r.data, r]));
  return allReportFiles(
    departments,
    viewOf ??
      ((report) => {
        const loaded = outlines.get(report);
        return reportView(report, loaded ? { headings: loaded.headings, cues: loaded.cues } : []);
      }),
  );
}

/** Writes `files` into the site folder `dir`, each at its site path. */
export function writeSiteFiles(dir: string, files: Iterable<SiteFile>): void {
  for (const file of files) {
    const to = join(dir, file.path);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, file.text);
  }
}
