// Reads what the portal needs from each member site at build time. Everything a member serves is
// untrusted: it is validated, and any failure skips that member with a reason, never the portal.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type LiveMember, memberUrl, type SkippedMember, summarizeMember } from '../lib/portal.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { memberDatasetSchema, type PortalSite } from '../schemas/portal.ts';

export interface CollectOptions {
  /** site.yaml, against which local copies are resolved. */
  configFile: string;
  /** Read local copies only: the build machine cannot reach the members. */
  offline: boolean;
  timeoutMs: number;
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

const reasonOf = (error: unknown) => {
  if (error instanceof Error && error.name === 'TimeoutError') return '超时未响应';
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  return error instanceof Error ? `${error.message}${cause ? `（${cause}）` : ''}` : String(error);
};

/** The member's search bundles: `pagefind/` and the shards its `pagefind/shards.json` lists. */
async function bundlesOf(site: PortalSite, timeoutMs: number): Promise<string[]> {
  const main = memberUrl(site.url, '/pagefind/');
  JSON.parse(await fetchText(`${main}pagefind-entry.json`, timeoutMs));
  let shards: unknown = [];
  try {
    shards = JSON.parse(await fetchText(`${main}shards.json`, timeoutMs));
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
      text = await fetchText(dataUrl, options.timeoutMs);
    } catch (error) {
      fetchError = `无法读取 ${dataUrl}：${reasonOf(error)}`;
    }
  }
  if (text === undefined) {
    if (!site.localCopy) return skip(fetchError || '离线构建，但未配置本地数据副本（localCopy）');
    const copy = resolve(dirname(options.configFile), site.localCopy);
    try {
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
