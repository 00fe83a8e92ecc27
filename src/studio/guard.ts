// The studio writes files, so a page on another site open in the same browser must not be able
// to drive it: requests are accepted only when addressed to this server by its own name (DNS
// rebinding sends a foreign Host) and, when the browser names an origin, from its own pages.
import type { IncomingMessage } from 'node:http';

/** The hosts the studio answers to: itself on the loopback address, by number or by name. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Why a request is refused, in Chinese; undefined when it may proceed. */
export function refusal(request: IncomingMessage, port: number): string | undefined {
  const hosts = ownHosts(port);
  const host = request.headers.host ?? '';
  if (!hosts.includes(host)) return `拒绝访问：请求的主机名“${host}”不是编辑台自己的地址。`;
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`))
    return `拒绝访问：来自其他网站（${origin}）的请求。`;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return '拒绝访问：来自其他网站的请求。';
  // Changing requests must come from the studio's own script: a form on another page can post
  // without an Origin in old browsers, but cannot set this header without a preflight.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    if (request.headers['x-studio'] !== '1') return '拒绝访问：缺少编辑台的请求标记。';
  }
  return undefined;
}
