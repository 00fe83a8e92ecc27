import { describe, expect, it } from 'vitest';
import { inStage, StageError } from '../../../src/pipeline/stage.ts';

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
