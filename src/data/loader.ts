// The project's own content-layer loader: Astro reads orgs and reports only through
// `loadContent`, so there is one parser and one validation, and the pages are built from exactly
// what was validated. Modelled on Astro's `glob()` and Starlight's `docsLoader()`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { type LoadedContent, loadContent } from '../io/load.ts';
import { rendersPart } from '../io/parts.ts';
import { snapshotReady } from '../io/plan.ts';
import { contentFingerprint, readValidated } from '../io/validated.ts';
import { errorsOf, formatIssues } from '../schemas/issues.ts';
import { orgSchema } from '../schemas/org.ts';
import { outlineSchema } from '../schemas/outline.ts';
import { reportSchema } from '../schemas/report.ts';
import { plan } from './plan.ts';

const { part } = plan;

/**
 * What a loader feeds: departments, reports, their narratives' outlines, or the validation state
 * shown by `npm run dev`.
 */
export type ContentKind = 'orgs' | 'reports' | 'outlines' | 'validation';

/** The validation state of the content: blocking errors as printed, empty when there are none. */
export const validationSchema = z
  .strictObject({
    /** Every blocking problem, formatted as `npm run validate` prints it. */
    errors: z.string().meta({ title: '校验错误' }),
  })
  .meta({ title: '校验结果' });

const SCHEMAS = {
  orgs: orgSchema,
  reports: reportSchema,
  outlines: outlineSchema,
  validation: validationSchema,
} as const;

/** How long the content folder must be quiet after a change before `npm run dev` reads it. */
const SETTLE_MS = 150;

/** A content-layer loader for one collection, fed by the shared, validated read of `dir`. */
export function contentLoader(kind: ContentKind, dir: string): Loader {
  return {
    name: `jxzp-content-${kind}`,
    schema: SCHEMAS[kind],
    load: async (context) => {
      await snapshotReady(plan);
      sync(kind, dir, context);
      const { watcher } = context;
      if (!watcher) return;
      // Live preview: any change under the content folder reloads and revalidates everything
      // (cross-file rules mean one file can make another valid or invalid).
      watcher.add(dir);
      const inside = (path: string) => !relative(dir, path).startsWith('..');
      // A save can reach the watcher while the file is still being written (truncated, then
      // filled), and the last event can come before the last write: read the folder at once, and
      // again once it has been quiet for a moment, so the preview never keeps the error of a
      // half-written file. The second read costs nothing when nothing changed (`validated`).
      let timer: NodeJS.Timeout | undefined;
      watcher.on('all', (_event, path) => {
        if (!inside(path)) return;
        sync(kind, dir, context);
        clearTimeout(timer);
        timer = setTimeout(() => sync(kind, dir, context), SETTLE_MS);
      });
    },
  };
}

/**
 * Replaces the collection's entries with this read of the content. The store is cleared whenever
 * the content's digest differs from the one it was filled from, so no cached entry (from another
 * CONTENT_DIR, or from files edited since) can outlive the validation that admitted it.
 */
function sync(kind: ContentKind, dir: string, context: LoaderContext): void {
  const { store, meta, logger, config } = context;
  const content = validated(dir);
  const errors = errorsOf(content.issues);
  const dev = context.watcher !== undefined;
  if (errors.length > 0 && !dev) {
    // The build stops here with the same message `npm run validate` prints.
    console.error(formatIssues(content.issues));
    throw new ContentError(`内容校验未通过（${errors.length} 个问题，见上方），构建已停止。`);
  }
  if (kind === 'validation') {
    store.clear();
    store.set({ id: 'status', data: { errors: errors.length > 0 ? formatIssues(errors) : '' } });
    if (errors.length > 0) logger.error(`\n${formatIssues(content.issues)}`);
    return;
  }
  // In dev, a content tree with errors keeps the last valid preview; the pages show the errors.
  if (errors.length > 0) return;
  // A large site is built in several runs (src/io/parts.ts), each storing some of the reports:
  // the store is keyed by the part too, so no run reuses another's.
  const key = `${content.digest}:${JSON.stringify(part)}`;
  if (meta.get('content-digest') === key && store.keys().length > 0) {
    if (kind === 'reports') writeBodies(content, config.root);
    return;
  }
  store.clear();
  if (kind === 'orgs') {
    for (const [id, org] of content.orgs) store.set({ id, data: org, digest: content.digest });
  } else if (kind === 'outlines') {
    for (const report of content.reports.filter(inPart))
      store.set({
        id: `${report.data.org}/${report.data.year}`,
        data: { headings: report.headings, cues: report.cues },
        digest: content.digest,
      });
  } else {
    // The district-wide run renders no narrative: its reports carry no body for MDX to compile.
    const narratives = part.kind !== 'global';
    const bodies = writeBodies(content, config.root);
    for (const [i, report] of content.reports.entries()) {
      if (!inPart(report)) continue;
      store.set({
        id: `${report.data.org}/${report.data.year}`,
        data: report.data,
        // No `body`: MDX renders the file below, and the pages need only its outline (the
        // `outlines` collection). Every body in the store was 78 % of it, bundled as one module.
        // The validated body, not the author's file: what is rendered is what was checked, even
        // if the file changes after validation.
        ...(narratives ? { filePath: bodies[i] as string, deferredRender: true } : {}),
        digest: content.digest,
      });
    }
  }
  meta.set('content-digest', key);
}

/** A content problem, already explained above it: Astro prints no location or stack for it. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

let last: { key: string; content: LoadedContent } | undefined;

/**
 * The one validated read of the content folder per change: the three collections load at the same
 * time, and each would otherwise read and validate the whole tree. In `npm run build` the build
 * process has validated the tree already and hands its result over (the plan's `snapshot`); it is
 * used only while the tree's fingerprint is the one it was validated under.
 */
function validated(dir: string): LoadedContent {
  const key = contentFingerprint(dir);
  if (last?.key === key) return last.content;
  const content = (plan.snapshot && readValidated(plan.snapshot, dir)) || loadContent(dir);
  last = { key, content };
  return content;
}

/**
 * Writes each validated body to `.astro/bodies/<sha256>.mdx` (named by its content, so a stale
 * file can never stand in for a changed one) for @astrojs/mdx to compile, and removes bodies no
 * report uses any more. Returns the paths relative to the project root, in report order.
 */
function writeBodies(content: LoadedContent, root: URL): string[] {
  const rootDir = fileURLToPath(root);
  const dir = join(rootDir, '.astro', 'bodies');
  mkdirSync(dir, { recursive: true });
  const names = content.reports.map(
    (report) => `${createHash('sha256').update(report.body).digest('hex')}.mdx`,
  );
  const wanted = new Set(names);
  const present = new Set(readdirSync(dir));
  for (const [i, name] of names.entries()) {
    if (!present.has(name)) writeFileSync(join(dir, name), content.reports[i]?.body ?? '');
  }
  for (const name of present) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  return names.map((name) => relative(rootDir, join(dir, name)).split('\\').join('/'));
}

/** Whether this run of the build stores a report: a department run, only its departments'. */
function inPart(report: { data: { org: string } }): boolean {
  return part.kind !== 'departments' || rendersPart(part, report.data.org);
}
