// `npm run bench -- --reports N`: generates N fictional reports, builds them with the real build,
// and measures build stages, memory, output and page weight, search cost in Chromium, and a
// bare Astro + MDX baseline built from the same bodies. Prints a table and writes JSON.
import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseMdx } from '../lib/frontmatter.ts';
import { FIRST_SEARCH_BUDGET, measureSearch } from './browser.ts';
import { generate } from './generate.ts';
import { writeContent } from './write.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100' },
    out: { type: 'string', default: 'bench-results/latest.json' },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
    baseline: { type: 'boolean', default: true },
    'no-baseline': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.reports);
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const root = resolve('.');

/** Peak resident memory of a process and all its children (Pagefind runs as a child). */
function treeRss(pid: number): number {
  let kb = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) kb += treeRss(Number(child));
    }
  } catch {
    // the process ended between reads
  }
  return kb;
}

function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> },
) {
  return new Promise<{ seconds: number; peakMb: number; code: number; output: string }>((done) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? 0))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      done({
        seconds: (performance.now() - started) / 1000,
        peakMb: peak / 1024,
        code: code ?? 1,
        output,
      });
    });
  });
}

function size(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Weight of one report page as a browser fetches it: HTML, its stylesheets and scripts. */
function pageWeight(out: string, path: string) {
  const html = readFileSync(join(out, path, 'index.html'));
  const refs = [
    ...html
      .toString()
      .matchAll(/<(?:link[^>]*rel="(?:stylesheet|icon)"[^>]*href|script[^>]*src)="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const files = refs.map((ref) => ({ ref, body: readFileSync(join(out, ref.replace(/^\//, ''))) }));
  const css = files.filter((f) => f.ref.endsWith('.css'));
  const js = files.filter((f) => f.ref.endsWith('.js'));
  const gz = (b: Buffer) => gzipSync(b).byteLength;
  return {
    htmlBytes: html.byteLength,
    htmlGzip: gz(html),
    cssBytes: css.reduce((n, f) => n + f.body.byteLength, 0),
    jsBytes: js.reduce((n, f) => n + f.body.byteLength, 0),
    totalGzip: gz(html) + files.reduce((n, f) => n + gz(f.body), 0),
    requests: 1 + files.length,
  };
}

async function baseline(content: string): Promise<number> {
  const dir = join(work, 'baseline');
  mkdirSync(join(dir, 'src/pages/[org]'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], outDir: './dist' };\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { glob } from 'astro/loaders';\nimport { defineCollection } from 'astro:content';\nexport const collections = { reports: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${JSON.stringify(join(content, 'reports'))} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[org]/[year].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('reports')).map((entry) => ({ params: { org: entry.id.split('/')[0], year: entry.id.split('/')[1] }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>report</title></head><body><Content /></body></html>\n",
  );
  const result = await run(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: dir, env: { ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  if (result.code !== 0) throw new Error(`baseline build failed:\n${result.output}`);
  return result.seconds;
}

const template = (() => {
  const parsed = parseMdx(readFileSync('content/reports/wanzhou-kjj/2020.mdx', 'utf8'));
  if (!parsed.ok) throw new Error('the template report does not parse');
  return parsed.source.body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
})();

console.log(`生成 ${count} 份虚构报告到 ${work} …`);
const content = join(work, 'content');
const generated = generate(count, template);
const { reports } = generated;
writeContent(content, generated);

const out = join(work, 'dist');
const timingsFile = join(work, 'timings.json');
console.log('构建中 …');
const build = await run(process.execPath, ['src/cli/build.ts'], {
  env: { CONTENT_DIR: content, OUT_DIR: out, BUILD_TIMINGS: timingsFile },
});
if (build.code !== 0) {
  console.error(build.output);
  process.exit(1);
}
const stages = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
const output = size(out);
// A department's second year, which states a change against the first, when there is one.
const sample = reports[1]?.org === reports[0]?.org ? reports[1] : reports[0];
const samplePage = `${sample?.org}/${sample?.year}`;
const page = pageWeight(out, samplePage);
const search = values.browser && !values['no-browser'] ? await measureSearch(out) : undefined;
const baselineSeconds =
  values.baseline && !values['no-baseline'] ? await baseline(content) : undefined;

const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  reports: count,
  build: {
    seconds: build.seconds,
    stages,
    reportsPerSecond: count / build.seconds,
    peakMemoryMb: build.peakMb,
  },
  output: { bytes: output.bytes, files: output.files },
  reportPage: { path: `/${samplePage}/`, ...page },
  search,
  baseline:
    baselineSeconds === undefined
      ? undefined
      : { seconds: baselineSeconds, ratio: build.seconds / baselineSeconds },
};
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const rows: [string, string][] = [
  ['reports', String(count)],
  ['build (wall)', `${build.seconds.toFixed(1)} s`],
  ...Object.entries(stages).map(([k, v]): [string, string] => [`  ${k}`, `${v.toFixed(1)} s`]),
  ['reports per second', (count / build.seconds).toFixed(1)],
  ['peak memory', `${build.peakMb.toFixed(0)} MB`],
  ['output', `${(output.bytes / 2 ** 20).toFixed(1)} MiB in ${output.files} files`],
  ['report page HTML', `${kb(page.htmlBytes)} (gzip ${kb(page.htmlGzip)})`],
  ['report page CSS / JS', `${kb(page.cssBytes)} / ${kb(page.jsBytes)}`],
  ['report page total gzip', `${kb(page.totalGzip)} in ${page.requests} requests`],
  ...(search
    ? ([
        [
          'first search',
          `${search.first.requests} requests, ${kb(search.first.bytes)} (gzip ${kb(search.first.gzip)}) ${search.first.withinBudget ? '≤' : '>'} ${kb(FIRST_SEARCH_BUDGET)} ${search.first.withinBudget ? '✓' : '✗'}`,
        ],
        [
          'second search',
          `${search.second.requests} requests, ${kb(search.second.bytes)} (gzip ${kb(search.second.gzip)})`,
        ],
        ['median query latency', `${search.medianMs.toFixed(0)} ms`],
      ] as [string, string][])
    : []),
  ...(baselineSeconds === undefined
    ? []
    : ([
        [
          'baseline Astro + MDX',
          `${baselineSeconds.toFixed(1)} s (ratio ${(build.seconds / baselineSeconds).toFixed(2)}×)`,
        ],
      ] as [string, string][])),
];
console.log(rows.map(([k, v]) => `${k.padEnd(24)} ${v}`).join('\n'));
console.log(`\n结果已写入 ${values.out}`);
// The first search's weight is a budget the bench holds (latency is measured, not asserted).
if (search && !search.first.withinBudget) {
  console.error(`首次搜索 ${kb(search.first.gzip)}（gzip）超出预算 ${kb(FIRST_SEARCH_BUDGET)}`);
  process.exitCode = 1;
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
