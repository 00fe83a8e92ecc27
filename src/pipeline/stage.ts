/** The steps of `npm run build` and `npm run portal`, by the names their messages and timings use. */
export const STAGES = {
  config: '读取构建设置',
  collect: '读取成员站点',
  validate: '内容校验',
  astro: '生成页面（Astro）',
  sidecar: '建立拼音词表与报告数据文件',
  pagefind: '建立搜索索引（Pagefind）',
  checks: '发布前检查',
  deploy: '生成部署配置与预压缩文件',
  publish: '发布（替换输出文件夹）',
} as const;

export type Stage = keyof typeof STAGES;

/** A build step that failed, with a message already written for the person running the build. */
export class StageError extends Error {
  override name = 'StageError';
  readonly stage: Stage;
  constructor(stage: Stage, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.stage = stage;
  }
}

/**
 * Runs one step; any failure inside it becomes a StageError naming that step, so the final message
 * says which step failed instead of guessing.
 */
export async function inStage<T>(stage: Stage, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof StageError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new StageError(stage, detail, { cause: error });
  }
}

const running = new Set<Stage>();

/**
 * The stages started and not finished. If a child the build waits on dies (Pagefind killed for
 * lack of memory, say), its promise never settles and Node just exits: the CLI then names these.
 */
export function unfinishedStages(): Stage[] {
  return [...running];
}

/** Seconds per stage, and for the whole run. */
export type Timings = Partial<Record<Stage | 'total', number>>;

/**
 * A runner of stages that records each one's time in `timings` and prints it, and marks it
 * unfinished while it runs (`unfinishedStages`); a failure inside becomes a StageError (`inStage`).
 */
export function stageClock(log: (text: string) => void) {
  const timings: Timings = {};
  const timed = async <T>(stage: Stage, step: () => T | Promise<T>): Promise<T> => {
    const since = performance.now();
    running.add(stage);
    try {
      const result = await inStage(stage, step);
      timings[stage] = (performance.now() - since) / 1000;
      log(`  ${stage.padEnd(10)} ${timings[stage].toFixed(1)} s`);
      return result;
    } finally {
      running.delete(stage);
    }
  };
  return { timings, timed };
}
