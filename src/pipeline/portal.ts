// `npm run portal` as one function, on the build's own stages: read the settings → collect the
// members → Astro (portal.config.mjs, under a build plan naming the collected data) → Pagefind
// (its command line) ∥ the post-build check → deployment kit → publish. It renders no report:
// it reads each member site's /data/all.json and links its Pagefind bundles, so it builds in
// seconds however many reports the districts publish. A member that is down or broken is
// reported and left out; the portal is still built.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../io/paths.ts';
import {
  type LiveMember,
  memberOrigins,
  type PortalData,
  type SkippedMember,
} from '../lib/portal.ts';
import { basePath } from '../lib/routes.ts';
import { collectMember } from '../portal/collect.ts';
import { readPortalConfig } from '../portal/config.ts';
import { formatIssues, type Issue } from '../schemas/issues.ts';
import { runAstro } from './astro.ts';
import { checkBuiltSite } from './check.ts';
import { together } from './child.ts';
import { deploySite } from './deploy.ts';
import { positiveInteger, siteUrlOption } from './options.ts';
import { indexPortal } from './pagefind.ts';
import { checkOutputFolder, publish, writeSiteMarker } from './publish.ts';
import { StageError, stageClock, type Timings } from './stage.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

export interface PortalOptions {
  /** The file whose `portal` key describes the portal (PORTAL_CONFIG, or the content's site.yaml). */
  configFile: string;
  /** Where the portal is published (PORTAL_OUT_DIR). */
  out: string;
  /** The content folder, which publishing must never touch. */
  content: string;
  /** The portal's public address (SITE_URL). */
  siteUrl: string;
  /** Read the members' local copies only (PORTAL_OFFLINE=1): the machine cannot reach them. */
  offline: boolean;
  /** How long one member may take to answer (PORTAL_TIMEOUT_MS). */
  timeoutMs: number;
}

/** Reads the portal's settings from the environment, rejecting malformed ones before any work. */
export function portalOptions(env: NodeJS.ProcessEnv = process.env): PortalOptions {
  const siteUrl = siteUrlOption(env);
  const timeoutMs = positiveInteger(
    env,
    'PORTAL_TIMEOUT_MS',
    '每个成员站点的等待毫秒数，如 15000',
    15000,
  );
  const content = contentDir(env);
  return {
    configFile: resolve(env['PORTAL_CONFIG'] || join(content, 'site.yaml')),
    out: resolve(env['PORTAL_OUT_DIR'] || 'dist-portal'),
    content,
    siteUrl,
    offline: env['PORTAL_OFFLINE'] === '1',
    timeoutMs,
  };
}

export interface PortalResult {
  members: LiveMember[];
  skipped: SkippedMember[];
  timings: Timings;
}

/**
 * Builds the portal into `options.out`. A failure throws a StageError naming the stage (`config`
 * for settings an author must mend) and leaves `options.out` exactly as it was.
 */
export async function buildPortal(
  options: PortalOptions,
  log: (text: string) => void = console.log,
): Promise<PortalResult> {
  const started = performance.now();
  const { out, configFile } = options;
  const shown = relative('.', configFile) || configFile;
  // Publishing removes what the portal folder held: it is checked before anything is read or fetched.
  const guard = { variable: 'PORTAL_OUT_DIR', content: options.content };
  checkOutputFolder(out, guard);
  const { timings, timed } = stageClock(log);

  const config = readPortalConfig(configFile, shown);
  if (!config.ok) throw new StageError('config', formatIssues(config.issues));
  const { portal } = config;

  const results = await timed('collect', () =>
    Promise.all(
      portal.sites.map((site) =>
        collectMember(site, {
          configFile,
          offline: options.offline,
          timeoutMs: options.timeoutMs,
        }),
      ),
    ),
  );
  const members = results.flatMap((r): LiveMember[] => ('member' in r ? [r.member] : []));
  const skipped = results.flatMap((r): SkippedMember[] => ('skipped' in r ? [r.skipped] : []));
  const warnings = skipped.map(
    (s): Issue => ({
      file: shown,
      path: `portal.sites[${portal.sites.findIndex((site) => site.name === s.name)}]`,
      label: s.name,
      expected: `可读取的成员站点 ${s.url}`,
      found: `${s.reason}；本次构建跳过该站点`,
      severity: 'warning',
    }),
  );
  if (warnings.length > 0) log(formatIssues(warnings));
  for (const m of members)
    log(
      `  ${m.name.padEnd(8)} ${m.departments.length} 个部门，${m.reports} 份报告（${m.source === 'site' ? '取自站点' : '取自本地副本'}）`,
    );

  const data: PortalData = {
    title: portal.title,
    members,
    skipped,
    origins: memberOrigins(portal.sites),
  };
  // The next portal is made inside the project (as the build's staging, src/pipeline/run.ts),
  // under a name of this process's own: nothing beside `out` is cleared but what publish checks.
  const staging = join(PROJECT, '.astro', `portal-staging-${process.pid}`);
  const dataFile = `${staging}.json`;
  const stop = new AbortController();
  try {
    mkdirSync(join(PROJECT, '.astro'), { recursive: true });
    rmSync(staging, { recursive: true, force: true });
    writeFileSync(dataFile, JSON.stringify(data));
    await timed('astro', () =>
      runAstro(
        staging,
        { part: { kind: 'all' }, reportFilesAside: false, portal: dataFile },
        { signal: stop.signal, config: 'portal.config.mjs' },
      ),
    );
    writeSiteMarker(staging);
    // The same gate as a district site: links, HTML, CSP and scripts, before anything is published.
    await together(stop, [
      timed('pagefind', () => indexPortal(staging, stop.signal)),
      timed('checks', () => checkBuiltSite(staging, options.content, stop.signal)),
    ]);
    // The same deployment kit as a district site's, whose CSP admits the members' origins.
    await timed('deploy', () =>
      deploySite(staging, {
        siteUrl: options.siteUrl,
        base: basePath(options.siteUrl),
        connect: data.origins,
      }),
    );
    // As for a district site: `out` is always either the old portal or the new one.
    await timed('publish', () => publish(staging, out, guard));
  } finally {
    stop.abort();
    rmSync(staging, { recursive: true, force: true });
    rmSync(dataFile, { force: true });
  }
  timings.total = (performance.now() - started) / 1000;
  return { members, skipped, timings };
}
