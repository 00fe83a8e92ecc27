import { describe, expect, it } from 'vitest';
import {
  buildOptions,
  DEFAULT_PART_REPORTS,
  DEFAULT_SHARD_REPORTS,
} from '../../../src/pipeline/options.ts';
import { StageError } from '../../../src/pipeline/stage.ts';

describe('buildOptions', () => {
  it('reads CONTENT_DIR, OUT_DIR and SEARCH_SHARD_REPORTS', () => {
    const options = buildOptions({ CONTENT_DIR: 'c', OUT_DIR: 'o', SEARCH_SHARD_REPORTS: '300' });
    expect(options.content).toMatch(/\/c$/);
    expect(options.out).toMatch(/\/o$/);
    expect(options.shardReports).toBe(300);
    expect(buildOptions({}).shardReports).toBe(DEFAULT_SHARD_REPORTS);
    expect(buildOptions({ BUILD_PART_REPORTS: '5' }).partReports).toBe(5);
    expect(buildOptions({}).partReports).toBe(DEFAULT_PART_REPORTS);
  });

  it.each(
    ['SEARCH_SHARD_REPORTS', 'BUILD_PART_REPORTS'].flatMap((name) =>
      ['abc', '0', '-5', '1.5', '2e3', '100 份'].map((value) => [name, value]),
    ),
  )('rejects %s=%j in the config stage instead of building with NaN', (name, value) => {
    const error = (() => {
      try {
        buildOptions({ [name]: value });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).stage).toBe('config');
    expect((error as StageError).message).toContain(`${name} 应为正整数`);
    expect((error as StageError).message).toContain(`实为“${value}”`);
  });
});
