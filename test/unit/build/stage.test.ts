import { describe, expect, it } from 'vitest';
import { inStage, StageError } from '../../../src/build/stage.ts';

describe('inStage', () => {
  it('names the stage an unexpected error came from', async () => {
    const error = await inStage('pagefind', () => {
      throw new Error('boom');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).stage).toBe('pagefind');
    expect((error as StageError).message).toBe('boom');
  });

  it('keeps the stage of a StageError thrown inside', async () => {
    const error = await inStage('astro', () => {
      throw new StageError('checks', 'x');
    }).catch((e: unknown) => e);
    expect((error as StageError).stage).toBe('checks');
  });
});

describe('withSources', () => {
  it('names the content file behind a report page or its data', async () => {
    const { withSources } = await import('../../../src/build/check.ts');
    const sources = [{ file: 'content/reports/test-ju/2021.mdx', org: 'test-ju', year: 2021 }];
    expect(
      withSources(
        [
          { page: '/test-ju/2021/', problem: 'x' },
          { page: '/data/test-ju/2021/goals.csv', problem: 'y' },
          { page: '/search/', problem: 'z' },
        ],
        sources,
      ).map((p) => p.page),
    ).toEqual([
      '/test-ju/2021/（来自 content/reports/test-ju/2021.mdx）',
      '/data/test-ju/2021/goals.csv（来自 content/reports/test-ju/2021.mdx）',
      '/search/',
    ]);
  });
});
