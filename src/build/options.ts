import { resolve } from 'node:path';
import { contentDir, outDir } from '../lib/paths.ts';
import { StageError } from './stage.ts';

export interface BuildOptions {
  /** The content tree (CONTENT_DIR). */
  content: string;
  /** Where the site is published (OUT_DIR). */
  out: string;
  /** Largest number of reports in one search index shard (SEARCH_SHARD_REPORTS). */
  shardReports: number;
  /** Where the benchmark wants the stage times (BUILD_TIMINGS), if anywhere. */
  timings?: string;
}

/** Default shard size: Pagefind holds about 2.5 GB per 1000 report pages in memory. */
export const DEFAULT_SHARD_REPORTS = 2000;

/** Reads the build's settings from the environment, rejecting malformed ones before any work. */
export function buildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const shard = env['SEARCH_SHARD_REPORTS']?.trim();
  if (shard !== undefined && shard !== '' && !/^[1-9]\d*$/.test(shard))
    throw new StageError(
      'config',
      `SEARCH_SHARD_REPORTS 应为正整数（每个搜索索引分片的最多报告数，如 2000），实为“${shard}”。`,
    );
  const timings = env['BUILD_TIMINGS'];
  return {
    content: contentDir(env),
    out: outDir(env),
    shardReports: shard ? Number(shard) : DEFAULT_SHARD_REPORTS,
    ...(timings ? { timings: resolve(timings) } : {}),
  };
}
