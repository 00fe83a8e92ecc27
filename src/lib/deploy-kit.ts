// The deployment kit's text: an nginx server block, an IIS web.config and a `_headers` file, each
// rendered from the serving policy (src/lib/http-policy.ts) and the settings the pages were built
// with. Pure text; the build stage src/build/deploy.ts writes it.
import {
  CONTENT_TYPES,
  DEFAULT_TYPE,
  DEPLOY_DIR,
  DOWNLOADS,
  HEADERS_FILE,
  HSTS,
  IMMUTABLE,
  REVALIDATE,
  type ServingSettings,
  SHARED_PREFIXES,
  securityHeaders,
} from './http-policy.ts';

export interface KitSettings extends ServingSettings {
  /** The public address the site was built for (SITE_URL), named in the files and nginx's server_name. */
  siteUrl: string;
}

/** Where the nginx configuration expects the site's files; the administrator changes it. */
export const NGINX_ROOT = '/var/www/perf-site';

/** The site's path without its final slash ("" at the host's root), for joining. */
const trimmed = (base: string) => base.replace(/\/$/, '');

/** nginx and IIS want the bare type and name the charset apart. */
const bareType = (type: string) => type.split(';')[0]?.trim() ?? type;

function typesByMime(): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(CONTENT_TYPES)) {
    const list = byType.get(bareType(type)) ?? [];
    list.push(extension);
    byType.set(bareType(type), list);
  }
  return byType;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * `deploy/nginx.conf`: a complete `server` block. nginx drops every inherited `add_header` in a
 * location that sets its own, so each location repeats the security headers in full.
 */
export function nginxConf(settings: KitSettings): string {
  const base = settings.base;
  const prefix = trimmed(base);
  const host = new URL(settings.siteUrl).hostname;
  const headerLines = (indent: string, cache: string, extra: [string, string][] = []) =>
    [...securityHeaders(settings), ['Cache-Control', cache] as [string, string], ...extra]
      .map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`)
      .concat(`${indent}# add_header ${HSTS.name} ${quote(HSTS.value)} always;`)
      .join('\n');
  const download: [string, string] = ['Content-Disposition', 'attachment'];
  const cors: [string, string] = ['Access-Control-Allow-Origin', '*'];
  const types = [...typesByMime()]
    .map(([type, extensions]) => `            ${type} ${extensions.join(' ')};`)
    .join('\n');
  const charsetTypes = [
    ...new Set(
      Object.values(CONTENT_TYPES)
        .filter((t) => t.includes('charset') && !t.startsWith('text/html'))
        .map(bareType),
    ),
  ].join(' ');
  const downloads = `\\.(?:${DOWNLOADS.join('|')})$`;
  const site =
    base === '/'
      ? `    location / {\n        root ${NGINX_ROOT};`
      : `    location ^~ ${base} {\n        # 站点文件夹（含 index.html 的文件夹），以 / 结尾。\n        alias ${NGINX_ROOT}/;`;
  const shared = SHARED_PREFIXES.map(
    (p) => `        location ^~ ${prefix}${p} {
${headerLines('            ', REVALIDATE, [cors])}

            location ~ ${downloads} {
${headerLines('                ', REVALIDATE, [cors, download])}
            }
        }`,
  ).join('\n\n');
  return `# 由 npm run build 根据 SITE_URL=${settings.siteUrl} 生成，随站点每次构建重新生成：请改构建设置，不要手工修改本文件。
#
# 用法：把构建输出的文件夹复制到服务器（如 ${NGINX_ROOT}），把本文件中的 ${NGINX_ROOT} 改为该文件夹，
# 按需修改 listen 与 server_name（HTTPS 见下方注释），放入 /etc/nginx/conf.d/ 或 sites-enabled/，
# 然后 nginx -t && systemctl reload nginx。
# 站点是门户网站的一个栏目时，可只取 location 部分放入门户现有的 server 块。
server {
    listen 80;
    # listen 443 ssl;
    # ssl_certificate     /etc/nginx/ssl/${host}.crt;
    # ssl_certificate_key /etc/nginx/ssl/${host}.key;
    server_name ${host};

    server_tokens off;
    # Redirects (a folder address without its final /) keep the scheme and host the reader used.
    absolute_redirect off;
    charset utf-8;
    charset_types ${charsetTypes};

    # Precompressed files written by the build beside each page, stylesheet, script and data file.
    gzip_static on;
    gzip_vary on;
    # Brotli (.br files, also written by the build) needs the ngx_brotli module, which Debian's
    # nginx packages do not include (libnginx-mod-http-brotli-static where available):
    # brotli_static on;

    error_page 404 ${prefix}/404.html;
${base === '/' ? '' : `\n    location = / {\n        return 302 ${base};\n    }\n\n    location / {\n        return 404;\n    }\n`}
${site}
        index index.html;
        types {
${types}
        }
        default_type ${DEFAULT_TYPE};
${headerLines('        ', REVALIDATE)}
        # HSTS：${HSTS.note}。

        # Astro names these files by their content: a new version has a new name.
        location ^~ ${prefix}/_astro/ {
${headerLines('            ', IMMUTABLE)}
        }

        # The province portal merges the search index and reads the data in the browser.
${shared}

        # Word, Excel and CSV files are saved, not shown.
        location ~ ${downloads} {
${headerLines('            ', REVALIDATE, [download])}
        }

        # The deployment kit and the _headers file are not part of the site.
        location ^~ ${prefix}/${DEPLOY_DIR}/ {
            return 404;
        }
        location = ${prefix}/${HEADERS_FILE} {
            return 404;
        }
    }
}
`;
}

const xml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `deploy/web.config` for IIS, copied into the site's folder. It uses only sections a site may
 * set on a default IIS: `httpCompression` is locked at server level and `rewrite` needs a module,
 * so those are described in comments rather than set (a locked or unknown section is a 500.19
 * error for every page). IIS's static compression compresses each file once and keeps it on disk,
 * which serves what the build's .gz files would.
 */
export function webConfig(settings: KitSettings): string {
  const prefix = trimmed(settings.base);
  const headers = securityHeaders(settings)
    .map(([name, value]) => `        <add name="${name}" value="${xml(value)}" />`)
    .join('\n');
  const mimes = Object.entries(CONTENT_TYPES)
    .map(
      ([extension, type]) =>
        `      <remove fileExtension=".${extension}" />\n      <mimeMap fileExtension=".${extension}" mimeType="${type}" />`,
    )
    .join('\n');
  const shared = SHARED_PREFIXES.map(
    (p) => `  <location path="${p.replace(/^\/|\/$/g, '')}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
          <add name="Access-Control-Allow-Origin" value="*" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  由 npm run build 根据 SITE_URL=${xml(settings.siteUrl)} 生成，随站点每次构建重新生成，请勿手工修改。
  用法：把本文件复制到 IIS 站点（或 ${xml(settings.base)} 虚拟目录）对应的文件夹根部，与 index.html 同级。
  压缩：在“服务器”级启用“静态内容压缩”（角色服务 Static Content Compression），其 staticTypes 含
  text/*、application/javascript、application/json、image/svg+xml；需要 Brotli 时安装 IIS Compression
  （iisbrotli）模块。
  HSTS：${xml(HSTS.note)}。启用时在 customHeaders 中加入
  <add name="${HSTS.name}" value="${HSTS.value}" />。
  下载：Word、Excel、CSV 文件按其类型由浏览器保存；安装 URL Rewrite 模块后可取消下方 rewrite 一节的注释，
  再加上 Content-Disposition: attachment。
-->
<configuration>
  <system.webServer>
    <staticContent>
      <clientCache cacheControlMode="DisableCache" />
${mimes}
    </staticContent>
    <urlCompression doStaticCompression="true" doDynamicCompression="false" />
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
${headers}
      </customHeaders>
    </httpProtocol>
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" />
      <error statusCode="404" path="${prefix}/404.html" responseMode="ExecuteURL" />
    </httpErrors>
    <security>
      <requestFiltering>
        <hiddenSegments>
          <add segment="${DEPLOY_DIR}" />
          <add segment="${HEADERS_FILE}" />
        </hiddenSegments>
      </requestFiltering>
    </security>
    <!--
    <rewrite>
      <outboundRules>
        <rule name="downloads">
          <match serverVariable="RESPONSE_Content_Disposition" pattern=".*" />
          <conditions>
            <add input="{REQUEST_URI}" pattern="\\.(?:${DOWNLOADS.join('|')})$" />
          </conditions>
          <action type="Rewrite" value="attachment" />
        </rule>
      </outboundRules>
    </rewrite>
    -->
  </system.webServer>
  <location path="_astro">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />
      </staticContent>
    </system.webServer>
  </location>
${shared}
</configuration>
`;
}

/**
 * `_headers`, read by hosts such as Cloudflare Pages and Netlify. Where several rules match, such
 * hosts add their headers together, so Cache-Control is set only for `_astro/`: pages, data and
 * the search index keep these hosts' default, which revalidates.
 */
export function headersFile(settings: KitSettings): string {
  const prefix = trimmed(settings.base);
  const rule = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    `# 由 npm run build 根据 SITE_URL=${settings.siteUrl} 生成。`,
    `# HSTS（${HSTS.note}）：在 ${prefix}/* 下加一行 ${HSTS.name}: ${HSTS.value}`,
    rule(`${prefix}/*`, securityHeaders(settings)),
    rule(`${prefix}/_astro/*`, [['Cache-Control', IMMUTABLE]]),
    ...SHARED_PREFIXES.map((p) => rule(`${prefix}${p}*`, [['Access-Control-Allow-Origin', '*']])),
  ].join('\n')}\n`;
}
