// Reads what the portal needs from each member site at build time. Everything a member serves is
// untrusted: it is validated, and any failure skips that member with a reason, never the portal.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  type LiveMember,
  MEMBER_DATA_LIMIT,
  MEMBER_INDEX_LIMIT,
  memberUrl,
  refusedAddresses,
  type SkippedMember,
  summarizeMember,
} from '../lib/portal.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { memberDatasetSchema, type PortalSite } from '../schemas/portal.ts';

export interface CollectOptions {
  /** site.yaml, against which local copies are resolved. */
  configFile: string;
  /** Read local copies only: the build machine cannot reach the members. */
  offline: boolean;
  timeoutMs: number;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/**
 * A member's file, read streamed and cut off once it passes `limit` bytes; the time limit covers
 * the whole body, not only the headers, so a member that trickles is cut off too.
 */
async function fetchText(url: string, timeoutMs: number, limit: number): Promise<string> {
  const stop = new AbortController();
  const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(timeoutMs)]);
  const response = await fetch(url, { signal, redirect: 'error' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = () => new Error(`超过 ${mib(limit)} 的上限`);
  if (declared > limit) {
    stop.abort();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body)
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > limit) {
        stop.abort();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

/** The deepest nesting a member's JSON may have: the dataset needs 4 levels. */
const MEMBER_JSON_DEPTH = 16;

/** How deeply `value` nests arrays and objects, counted without recursion; stops past `most`. */
export function jsonDepth(value: unknown, most = MEMBER_JSON_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > most) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const reasonOf = (error: unknown) => {
  if (error instanceof Error && error.name === 'TimeoutError') return '超时未响应';
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  return error instanceof Error ? `${error.message}${cause ? `（${cause}）` : ''}` : String(error);
};

/** The member's search bundles: `pagefind/` and the shards its `pagefind/shards.json` lists. */
async function bundlesOf(site: PortalSite, timeoutMs: number): Promise<string[]> {
  const main = memberUrl(site.url, '/pagefind/');
  JSON.parse(await fetchText(`${main}pagefind-entry.json`, timeoutMs, MEMBER_INDEX_LIMIT));
  let shards: unknown = [];
  try {
    shards = JSON.parse(await fetchText(`${main}shards.json`, timeoutMs, MEMBER_INDEX_LIMIT));
  } catch {
    // A site built before shards existed has no list: its one index is the whole site.
  }
  const extra = Array.isArray(shards)
    ? shards.filter((s): s is string => typeof s === 'string' && /^\/pagefind-\d+\/$/.test(s))
    : [];
  return [main, ...extra.map((s) => memberUrl(site.url, s))];
}

export async function collectMember(
  site: PortalSite,
  options: CollectOptions,
): Promise<{ member: LiveMember } | { skipped: SkippedMember }> {
  const skip = (reason: string) => ({ skipped: { name: site.name, url: site.url, reason } });
  const dataUrl = memberUrl(site.url, '/data/all.json');
  let text: string | undefined;
  let source: LiveMember['source'] = 'site';
  let fetchError = '';
  if (!options.offline) {
    try {
      text = await fetchText(dataUrl, options.timeoutMs, MEMBER_DATA_LIMIT);
    } catch (error) {
      fetchError = `无法读取 ${dataUrl}：${reasonOf(error)}`;
    }
  }
  if (text === undefined) {
    if (!site.localCopy) return skip(fetchError || '离线构建，但未配置本地数据副本（localCopy）');
    const copy = resolve(dirname(options.configFile), site.localCopy);
    try {
      const { size } = statSync(copy);
      if (size > MEMBER_DATA_LIMIT) throw new Error(`超过 ${mib(MEMBER_DATA_LIMIT)} 的上限`);
      text = readFileSync(copy, 'utf8');
      source = 'copy';
    } catch (error) {
      return skip(
        `${fetchError ? `${fetchError}；` : ''}本地数据副本 ${copy} 无法读取：${reasonOf(error)}`,
      );
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return skip(`${source === 'site' ? dataUrl : site.localCopy} 不是合法的 JSON`);
  }
  if (jsonDepth(json) > MEMBER_JSON_DEPTH)
    return skip(`数据嵌套超过 ${MEMBER_JSON_DEPTH} 层，不是本项目发布的 data/all.json`);
  const parsed = parseWithIssues(
    memberDatasetSchema,
    json,
    source === 'site' ? dataUrl : (site.localCopy ?? ''),
  );
  if (!parsed.ok) {
    const first = parsed.issues[0];
    const more = parsed.issues.length > 1 ? `（另有 ${parsed.issues.length - 1} 处问题）` : '';
    const where = first
      ? `${first.path || '（整个文件）'}应为${first.expected}，实为${first.found}`
      : '';
    return skip(`数据不符合格式：${where}${more}`);
  }
  if (parsed.data.reports.length === 0) return skip('站点尚未发布任何报告');
  // Every address is held to the member's own site; one refused value skips the member. The value
  // itself is left out of the reason, which the portal's public page shows.
  const refused = refusedAddresses(site.url, parsed.data);
  if (refused.length > 0)
    return skip(`拒绝的地址：${refused.map((r) => `${r.field}（${r.why}）`).join('；')}`);
  let bundles: string[];
  if (options.offline || source === 'copy') {
    // Browsers may reach the member even when this machine cannot: link its main index.
    bundles = [memberUrl(site.url, '/pagefind/')];
  } else {
    try {
      bundles = await bundlesOf(site, options.timeoutMs);
    } catch (error) {
      return skip(`搜索索引 ${memberUrl(site.url, '/pagefind/')} 无法读取：${reasonOf(error)}`);
    }
  }
  return { member: summarizeMember(site, parsed.data, bundles, source) };
}
