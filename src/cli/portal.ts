// `npm run portal`: builds the province portal from the `portal` key of content/site.yaml. It
// renders no report: it reads each member site's /data/all.json and links its Pagefind bundles,
// so it builds in seconds however many reports the districts publish. A member that is down or
// broken is reported and left out; the portal is still built.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { contentDir } from '../io/paths.ts';
import { readSettingsFile } from '../io/site.ts';
import {
  type LiveMember,
  memberOrigins,
  type PortalData,
  type SkippedMember,
} from '../lib/portal.ts';
import { basePath } from '../lib/routes.ts';
import { siteUrlMessage, siteUrlProblem } from '../lib/site-url.ts';
import { checkSite, formatSiteProblems } from '../pipeline/check-site.ts';
import { deploySite } from '../pipeline/deploy.ts';
import { checkOutputFolder, publish, writeSiteMarker } from '../pipeline/publish.ts';
import { StageError } from '../pipeline/stage.ts';
import { collectMember } from '../portal/collect.ts';
import { errorsOf, formatIssues, type Issue } from '../schemas/issues.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { portalSchema } from '../schemas/portal.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const started = performance.now();
const configFile = process.env['PORTAL_CONFIG'] || join(contentDir(), 'site.yaml');
const out = resolve(process.env['PORTAL_OUT_DIR'] || 'dist-portal');
// The next portal is made inside the project (as the build's staging, src/build/run.ts), under a
// name of this process's own: nothing beside PORTAL_OUT_DIR is cleared but what publish checks.
const staging = fileURLToPath(
  new URL(`../../.astro/portal-staging-${process.pid}`, import.meta.url),
);
const shown = relative('.', configFile) || configFile;
// Publishing removes what the portal folder held: it is checked before anything is read or fetched.
const guard = { variable: 'PORTAL_OUT_DIR', content: contentDir() };
const siteUrl = process.env['SITE_URL'];
const siteProblem = siteUrl ? siteUrlProblem(siteUrl) : undefined;
if (siteUrl && siteProblem) {
  console.error(siteUrlMessage(siteUrl, siteProblem));
  process.exit(1);
}
try {
  checkOutputFolder(out, guard);
} catch (error) {
  if (!(error instanceof StageError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const fail = (issues: Issue[]) => {
  console.error(formatIssues(issues));
  console.error(`\n门户构建已停止：${out} 保持不变。`);
  process.exit(1);
};
const issue = (expected: string, found: string, line?: number): Issue => ({
  file: shown,
  ...(line === undefined ? {} : { line }),
  path: 'portal',
  label: '省级门户',
  expected,
  found,
});

// The portal's settings are read as site.yaml is (readSettingsFile); a portal-only file needs no
// site name, so only its `portal` key is validated here.
const source = readSettingsFile(
  configFile,
  shown,
  '站点配置文件 site.yaml（或 PORTAL_CONFIG 指向的文件）',
);
if (!source.ok) fail([{ ...source.issue, path: 'portal', label: '省级门户' }]);
if (!source.ok) process.exit(1);
const config = (source.source.data ?? {}) as Record<string, unknown>;
if (config['portal'] === undefined)
  fail([issue('portal 键：title 与 sites 列表', '没有 portal 键')]);
const parsed = parseWithIssues(portalSchema, config['portal'], shown, (path) =>
  source.source.locate(['portal', ...path]),
);
if (!parsed.ok)
  fail(parsed.issues.map((i) => ({ ...i, path: `portal.${i.path}`.replace(/\.$/, '') })));
if (!parsed.ok) process.exit(1);
const portal = parsed.data;

const results = await Promise.all(
  portal.sites.map((site) =>
    collectMember(site, {
      configFile,
      offline: process.env['PORTAL_OFFLINE'] === '1',
      timeoutMs: Number(process.env['PORTAL_TIMEOUT_MS'] || 15000),
    }),
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
if (warnings.length > 0) console.log(formatIssues(warnings));
if (errorsOf(warnings).length > 0) process.exit(1);
for (const m of members)
  console.log(
    `  ${m.name.padEnd(8)} ${m.departments.length} 个部门，${m.reports} 份报告（${m.source === 'site' ? '取自站点' : '取自本地副本'}）`,
  );

const data: PortalData = {
  title: portal.title,
  members,
  skipped,
  origins: memberOrigins(portal.sites),
};
const dataFile = `${staging}.json`;
try {
  mkdirSync(dirname(staging), { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(dataFile, JSON.stringify(data));
  const astroBin = fileURLToPath(
    new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url),
  );
  // Astro resolves --config against the project root, so the build runs from there.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const astro = spawnSync(
    process.execPath,
    [astroBin, 'build', '--config', 'portal.config.mjs', '--silent'],
    {
      cwd: root,
      env: { ...process.env, ASTRO_OUT_DIR: staging, PORTAL_DATA: dataFile },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (astro.status !== 0) throw new Error(`Astro 构建失败（退出码 ${astro.status}）`);
  // The portal's own small index makes pagefind.js, its Chinese WebAssembly and the primary index
  // the portal's own files; member indexes are merged into it in the browser.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: staging, glob: 'index.html' });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(staging, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  writeSiteMarker(staging);
  // The same gate as a district site: links, HTML, CSP and scripts, before anything is published.
  const problems = await checkSite(staging);
  if (problems.length > 0) throw new Error(`${formatSiteProblems(problems)}\n\n发布前检查未通过。`);
  // The same deployment kit as a district site's, whose CSP admits the members' origins.
  const siteUrl = process.env['SITE_URL'] || 'https://example.gov.cn';
  await deploySite(staging, { siteUrl, base: basePath(siteUrl), connect: data.origins });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(dataFile, { force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`\n门户构建失败：${out} 保持不变。`);
  process.exit(1);
}
rmSync(dataFile, { force: true });
// As for a district site: `out` is always either the old portal or the new one.
try {
  publish(staging, out, guard);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`\n门户构建失败：${out} 保持不变。`);
  process.exit(1);
}
console.log(
  `✓ 门户已发布到 ${out}：${members.length} 个成员站点${skipped.length > 0 ? `，跳过 ${skipped.length} 个（${skipped.map((s) => s.name).join('、')}）` : ''}（共 ${((performance.now() - started) / 1000).toFixed(1)} s）`,
);
