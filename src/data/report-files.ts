// The Astro integration that gives `astro build` run directly and `npm run dev` each report's
// files (src/io/report-files.ts) without Astro endpoints: `npm run build` writes them in its
// sidecar process, on the core Astro leaves idle, and an endpoint would be a second producer of
// the same bytes. `astro build` run directly writes them once its pages are rendered; the dev
// server answers their addresses from the content as it is on disk.
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../io/load.ts';
import { contentDir } from '../io/paths.ts';
import { readPlan } from '../io/plan.ts';
import { contentReportFiles, writeSiteFiles } from '../io/report-files.ts';
import { contentFingerprint } from '../io/validated.ts';
import { errorsOf } from '../schemas/issues.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * The addresses `routes` gives a report's files (reportJson, reportCsv, reportPrintCss), without
 * the base: only these make the dev server look at the content, not every stylesheet it serves.
 */
const REPORT_FILE = /^\/(?:data\/[^/]+\/\d{4}(?:\.json|\/[^/]+\.csv)|[^/]+\/\d{4}\/print\.css)$/;

let cached: { key: string; files: Map<string, string> } | undefined;

/** The report files of the content on disk by site path; none while it has errors. */
function devFiles(dir: string): Map<string, string> {
  const key = contentFingerprint(dir);
  if (cached?.key === key) return cached.files;
  const content = loadContent(dir);
  const files = new Map<string, string>();
  if (errorsOf(content.issues).length === 0)
    for (const file of contentReportFiles(content)) files.set(file.path, file.text);
  cached = { key, files };
  return files;
}

export function reportFilesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'jxzp-report-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response: ServerResponse, next) => {
          const url = (request.url ?? '').split('?')[0] ?? '';
          if (!url.startsWith(base)) return next();
          let path: string;
          try {
            path = `/${decodeURI(url.slice(base.length))}`;
          } catch {
            return next();
          }
          if (!REPORT_FILE.test(path)) return next();
          const text = devFiles(contentDir()).get(path);
          if (text === undefined) return next();
          response.setHeader('content-type', TYPES[url.split('.').pop() ?? ''] ?? 'text/plain');
          response.end(text);
        });
      },
      'astro:build:done': ({ dir }) => {
        // `npm run build` names a plan whose sidecar writes them (src/pipeline/sidecar.ts).
        if (readPlan().reportFilesAside) return;
        writeSiteFiles(fileURLToPath(dir), contentReportFiles(loadContent(contentDir())));
      },
    },
  };
}
