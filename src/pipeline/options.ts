import { resolve } from 'node:path';
import { contentDir, outDir } from '../io/paths.ts';
import { siteUrlMessage, siteUrlProblem } from '../lib/site-url.ts';
import { StageError } from './stage.ts';

export interface BuildOptions {
  /** The content tree (CONTENT_DIR). */
  content: string;
  /** Where the site is published (OUT_DIR). */
  out: string;
  /** Largest number of reports in one search index shard (SEARCH_SHARD_REPORTS). */
  shardReports: number;
  /** Largest number of reports one Astro run renders (BUILD_PART_REPORTS); see src/io/parts.ts. */
  partReports: number;
  /** The public address (SITE_URL) the pages are built for, as astro.config.mjs reads it. */
  siteUrl: string;
  /** Where the benchmark wants the stage times (BUILD_TIMINGS), if anywhere. */
  timings?: string;
}

/**
 * Default shard size: Pagefind holds about 2.5 GB per 1000 report pages in memory, so a shard of
 * 1500 keeps the indexing stage of a 10000-report build under the 6 GB budget.
 */
export const DEFAULT_SHARD_REPORTS = 1500;

/**
 * Default reports per Astro run: one run up to 2500 reports (as every site so far); above that,
 * runs of at most 2500 keep each under about 3 GB (measured at 10000 reports).
 */
export const DEFAULT_PART_REPORTS = 2500;

/** The address astro.config.mjs builds for when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'https://example.gov.cn';

/**
 * The positive whole number in the environment variable `name`, or `fallback` when it is unset
 * or empty; anything else is refused, in Chinese, with `example` of what is meant.
 */
export function positiveInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  example: string,
  fallback: number,
): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d*$/.test(value))
    throw new StageError('config', `${name} 应为正整数（${example}），实为“${value}”。`);
  return Number(value);
}

/** The public address `SITE_URL` (checked, src/lib/site-url.ts), or the default one when unset. */
export function siteUrlOption(env: NodeJS.ProcessEnv): string {
  const site = env['SITE_URL'];
  const problem = site ? siteUrlProblem(site) : undefined;
  if (site && problem) throw new StageError('config', siteUrlMessage(site, problem));
  return site || DEFAULT_SITE_URL;
}

/** Reads the build's settings from the environment, rejecting malformed ones before any work. */
export function buildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const shardReports = positiveInteger(
    env,
    'SEARCH_SHARD_REPORTS',
    '每个搜索索引分片的最多报告数，如 1500',
    DEFAULT_SHARD_REPORTS,
  );
  const partReports = positiveInteger(
    env,
    'BUILD_PART_REPORTS',
    '每次 Astro 构建的最多报告数，如 2500',
    DEFAULT_PART_REPORTS,
  );
  const siteUrl = siteUrlOption(env);
  const timings = env['BUILD_TIMINGS'];
  return {
    content: contentDir(env),
    out: outDir(env),
    siteUrl,
    shardReports,
    partReports,
    ...(timings ? { timings: resolve(timings) } : {}),
  };
}
