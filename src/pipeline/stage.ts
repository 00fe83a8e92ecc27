/** The steps of `npm run build`, by the names its messages and timings use. */
export const STAGES = {
  config: '读取构建设置',
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
