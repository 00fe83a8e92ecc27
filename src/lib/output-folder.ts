// Whether a tool may replace a folder with a site it built. Publishing renames the folder away and
// removes it, so this decides, from facts the caller gathered on disk, before any work starts.
// Pure: paths arrive absolute, resolved and with symbolic links followed.

/** The file every site this project publishes carries, so a later build knows the folder is its own. */
export const SITE_MARKER = '.perf-report-site.json';

/** The marker's content: the project's name and the format of the sites it writes. */
export const SITE_MARKER_CONTENT = { project: 'perf-report-publisher', format: 1 } as const;

/** What the caller found at one folder. */
export interface FolderState {
  /** The folder, absolute and with links followed. */
  path: string;
  exists: boolean;
  /** It exists and is not a directory (a file, a device…). */
  notDirectory?: boolean;
  /** Names of its entries (only read when it is a directory). */
  entries?: readonly string[];
  /** The text of its marker file, if it has one. */
  marker?: string;
}

/** The folders nothing may ever publish over. */
export interface Protected {
  /** The content tree (CONTENT_DIR). */
  content: string;
  /** The project's own folder (package.json, src, .git). */
  project: string;
  /** The user's home folder, if known. */
  home?: string;
}

export type Decision = { ok: true } | { ok: false; why: string };

/** Whether `text` is the marker this project writes (any format version it has written). */
export function isOurMarker(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<string, unknown>)['project'] === SITE_MARKER_CONTENT.project &&
      typeof (value as Record<string, unknown>)['format'] === 'number'
    );
  } catch {
    return false;
  }
}

const trimmed = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** Whether `inner` is `outer` or lies below it (absolute, normalized paths). */
export function within(inner: string, outer: string): boolean {
  const a = trimmed(inner);
  const b = trimmed(outer);
  return a === b || b === '/' || a.startsWith(`${b}/`);
}

/**
 * May `folder` be replaced by a newly built site? Only if it does not exist, is empty, or carries
 * this project's marker, and never if it is, holds or lies in the content tree, is or holds the
 * project, or is the home folder or the file-system root, whatever it holds.
 */
export function outputDecision(folder: FolderState, keep: Protected): Decision {
  const path = trimmed(folder.path);
  if (path === '/') return { ok: false, why: '它是文件系统的根目录' };
  if (keep.home && path === trimmed(keep.home)) return { ok: false, why: '它是用户主目录' };
  if (within(keep.content, path))
    return {
      ok: false,
      why:
        trimmed(keep.content) === path
          ? '它就是内容文件夹（CONTENT_DIR），发布会删除全部报告'
          : `它包含内容文件夹 ${keep.content}，发布会删除全部报告`,
    };
  if (within(path, keep.content))
    return { ok: false, why: `它位于内容文件夹 ${keep.content} 之内` };
  if (within(keep.project, path))
    return {
      ok: false,
      why:
        trimmed(keep.project) === path
          ? '它就是本项目的文件夹，发布会删除源代码'
          : `它包含本项目的文件夹 ${keep.project}，发布会删除源代码`,
    };
  if (keep.home && within(keep.home, path)) return { ok: false, why: '它包含用户主目录' };
  if (!folder.exists) return { ok: true };
  if (folder.notDirectory) return { ok: false, why: '它不是文件夹' };
  if ((folder.entries ?? []).length === 0) return { ok: true };
  if (isOurMarker(folder.marker)) return { ok: true };
  return {
    ok: false,
    why:
      folder.marker === undefined
        ? `它不是空文件夹，也没有本项目构建的站点才有的标记文件 ${SITE_MARKER}`
        : `其中的 ${SITE_MARKER} 不是本项目写的标记`,
  };
}

/** The message for a refused folder: which folder, why, and what to do. */
export function refusalMessage(variable: string, folder: string, why: string): string {
  return [
    `拒绝发布到 ${folder}（${variable}）：${why}。`,
    '发布会先删除该文件夹的全部内容，为免误删，本次未做任何改动。',
    `请把 ${variable} 指向不存在的文件夹、空文件夹，或本项目以前发布的站点（含标记文件 ${SITE_MARKER}）。`,
    `如果它是旧版本构建的站点（当时尚无标记文件），请确认其中没有需要保留的文件后自行删除或改名（如 rm -r ${folder}），再重新构建。`,
  ].join('\n');
}
