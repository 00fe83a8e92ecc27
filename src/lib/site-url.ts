// SITE_URL, the public address a site is built for, reaches every page (canonical links, feeds,
// the sitemap, the base path of every link): it is checked before anything uses it.

/**
 * Why `value` cannot be a site's public address, in Chinese, or undefined if it can: an absolute
 * http(s) address with a host, no user name or password, no query or fragment, and no quote,
 * space, backslash, angle bracket or control character anywhere.
 */
export function siteUrlProblem(value: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  const bad = /[\u0000-\u0020\u007f-\u009f\u2028\u2029"'`\\<>]/.exec(value)?.[0];
  if (bad !== undefined) {
    if (bad === ' ') return '不能含有空格';
    const code = bad.codePointAt(0) ?? 0;
    if (code < 0x20 || code >= 0x7f)
      return `不能含有控制字符 U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `不能含有“${bad}”`;
  }
  if (!/^https?:\/\//i.test(value)) return '应以 http:// 或 https:// 开头';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '不是合法的网址';
  }
  if (url.hostname === '') return '缺少主机名';
  if (url.username !== '' || url.password !== '') return '不能含有用户名或密码';
  if (url.search !== '' || url.hash !== '') return '不能含有查询参数（?）或片段（#）';
  return undefined;
}

/** The message for a SITE_URL that `siteUrlProblem` refuses. */
export function siteUrlMessage(value: string, problem: string): string {
  return `SITE_URL 应为网站的公开地址（如 https://www.example.gov.cn/jxzp/），${problem}；实为“${JSON.stringify(value).slice(1, -1)}”。`;
}
