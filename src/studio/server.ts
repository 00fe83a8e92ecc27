// The 编辑台's HTTP server: node:http on 127.0.0.1, a JSON API over the content folder, and the
// client bundled at start into memory (nothing is written to dist/ or public/).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { attachImported, attachmentName } from '../authoring/attach.ts';
import { NewReportError, newReport } from '../authoring/new-report.ts';
import { KINDS, MAX_ATTACHMENT_BYTES, sniffKind } from '../io/attachments.ts';
import { loadContent } from '../io/load.ts';
import { createStaticServer } from '../io/static-server.ts';
import { parseMdx, parseYaml } from '../lib/frontmatter.ts';
import type { AttachmentKind } from '../schemas/attachment.ts';
import { publishBlockersOf } from '../schemas/issues.ts';
import { orgSchema } from '../schemas/org.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { reportSchema } from '../schemas/report.ts';
import { bundleClient, type ClientBundle } from './bundle.ts';
import { PROJECT } from './cli.ts';
import { checkOrg, checkYear, contentRoot, insideContent, PathError, yearsOf } from './files.ts';
import { refusal } from './guard.ts';
import { importDraft } from './import.ts';
import { ID_RULES, suggestOrgId } from './org-id.ts';
import { checkDraft } from './validate.ts';
import { updateMdx, writeAtomic } from './writer.ts';

const MAX_JSON_BYTES = 4 * 2 ** 20;

export interface StudioOptions {
  /** The content folder the studio edits (CONTENT_DIR). */
  content: string;
  /** Where 发布 publishes the site (OUT_DIR). */
  out: string;
  /** 0 lets the system choose a free port. */
  port: number;
}

export interface Studio {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

const hashOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export async function startStudio(options: StudioOptions): Promise<Studio> {
  const root = contentRoot(options.content);
  const client = await bundleClient();
  const uploads = mkdtempSync(join(tmpdir(), 'studio-uploads-'));
  const uploaded = new Map<string, { path: string; name: string; kind: AttachmentKind }>();
  let publishing = false;
  let port = 0;

  const reportFile = (org: string, year: number) =>
    insideContent(root, 'reports', org, `${year}.mdx`);

  const handlers: Record<string, (req: IncomingMessage, url: URL) => Promise<unknown>> = {
    'GET /api/schema': async () => ({
      report: z.toJSONSchema(reportSchema, { io: 'input', unrepresentable: 'any' }),
      org: z.toJSONSchema(orgSchema, { io: 'input', unrepresentable: 'any' }),
      idRules: ID_RULES,
    }),
    'GET /api/orgs': async () => {
      const { orgs } = loadContent(root);
      return [...orgs].map(([id, org]) => ({
        id,
        name: org.name,
        shortName: org.shortName,
        years: yearsOf(root, id),
      }));
    },
    'GET /api/suggest-id': async (_req, url) => ({
      id: suggestOrgId(url.searchParams.get('name') ?? ''),
    }),
    'POST /api/orgs': async (req) => {
      const body = (await readJson(req)) as Record<string, unknown>;
      const id = checkOrg(body['id']);
      const fields = Object.fromEntries(
        Object.entries((body['org'] ?? {}) as Record<string, unknown>).filter(
          ([, v]) => v !== '' && v !== undefined && v !== null,
        ),
      );
      const parsed = parseWithIssues(orgSchema, fields, `orgs/${id}.yaml`);
      if (!parsed.ok) throw new HttpError(422, '部门信息有误', { issues: parsed.issues });
      const file = insideContent(root, 'orgs', `${id}.yaml`);
      if (existsSync(file))
        throw new HttpError(409, `部门标识“${id}”已被使用（orgs/${id}.yaml 已存在），请换一个。`);
      const text = `# 部门信息：文件名（${id}）即部门标识，用在网址 /${id}/ 中，发布后不要更改。\n${stringify(fields, { lineWidth: 0 })}`;
      writeFileSync(file, text, { flag: 'wx' });
      return { id };
    },
    'GET /api/report': async (_req, url) => {
      const org = checkOrg(url.searchParams.get('org'));
      const year = checkYear(url.searchParams.get('year'));
      return openReport(org, year);
    },
    'POST /api/report/new': async (req) => {
      const { org, year } = orgYear(await readJson(req));
      let made: ReturnType<typeof newReport>;
      try {
        made = newReport(root, org, year);
      } catch (error) {
        if (error instanceof NewReportError) throw new HttpError(409, error.message);
        throw error;
      }
      const notes = [
        ...(made.warning ? [made.warning] : []),
        made.previous
          ? `沿用 ${made.previous.year} 年报告的结构：${made.carried.areas} 个目标领域、${made.carried.indicators} 个绩效指标、${made.carried.units} 个单位的人员情况、${made.carried.classes} 个支出功能分类名称；本年度的数值均已留空。`
          : `${org} 没有 ${year} 年以前的报告，已写入空白模板。`,
      ];
      return { ...openReport(org, year), notes };
    },
    'POST /api/upload': async (req) => {
      const name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
      const bytes = await readBody(req, MAX_ATTACHMENT_BYTES);
      const kind = sniffKind(bytes);
      const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
      if (!kind)
        throw new HttpError(
          415,
          `${name}：按文件内容判断不是 PDF、Word（.docx）、Excel（.xlsx）或 CSV 文件。旧版 .doc / .xls 请先另存为 .docx / .xlsx。`,
        );
      if (KINDS[kind].extension !== extension)
        throw new HttpError(
          415,
          `${name}：文件内容是 ${KINDS[kind].name}，扩展名却是“${extension}”，请改正扩展名。`,
        );
      const id = hashOf(bytes).slice(0, 16);
      const dir = mkdtempSync(join(uploads, 'u-'));
      const path = join(dir, attachmentName(name));
      writeFileSync(path, bytes);
      uploaded.set(id, { path, name, kind });
      return { id, name, kind };
    },
    'POST /api/import': async (req) => {
      const body = (await readJson(req)) as Record<string, unknown>;
      const { org, year } = orgYear(body);
      const report = uploaded.get(String(body['report']));
      if (!report || (report.kind !== 'docx' && report.kind !== 'pdf'))
        throw new HttpError(400, '请先上传报告原文（Word .docx 或 PDF）。');
      const table = body['table'] ? uploaded.get(String(body['table'])) : undefined;
      if (body['table'] && (!table || (table.kind !== 'xlsx' && table.kind !== 'csv')))
        throw new HttpError(400, '自评表应为 Excel（.xlsx）或 CSV 文件。');
      if (!existsSync(insideContent(root, 'orgs', `${org}.yaml`)))
        throw new HttpError(404, `部门“${org}”尚未登记：请先添加部门。`);
      const file = reportFile(org, year);
      if (existsSync(file))
        throw new HttpError(409, `${org} 的 ${year} 年报告已存在，未做改动；请直接打开它。`);
      const draft = await importDraft(
        [report, ...(table ? [table] : [])].map((f) => ({
          name: f.name,
          kind: f.kind,
          bytes: readFileSync(f.path),
        })),
        { org, year, content: root },
      );
      if (!draft.ok) throw new HttpError(422, draft.message);
      writeAtomic(file, draft.mdx);
      const notes = [...draft.notes];
      const folder = insideContent(root, 'reports', org, String(year), 'x');
      const attach = (path: string, title: string) => {
        const result = attachImported({
          input: path,
          reportFile: file,
          folder: resolve(folder, '..'),
          title,
          force: false,
        });
        if (!result.ok) notes.push(result.message);
      };
      attach(report.path, report.kind === 'pdf' ? '报告原文（PDF）' : '报告原文（Word）');
      if (table) attach(table.path, '自评表（原文）');
      return { ...openReport(org, year), notes };
    },
    'POST /api/validate': async (req) => {
      const body = (await readJson(req)) as Record<string, unknown>;
      const { org, year } = orgYear(body);
      return checkDraft(root, org, year, body['data'], String(body['body'] ?? ''));
    },
    'POST /api/save': async (req) => {
      const body = (await readJson(req)) as Record<string, unknown>;
      const { org, year } = orgYear(body);
      const file = reportFile(org, year);
      const disk = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const mine = updateMdx(disk, body['data'], String(body['body'] ?? ''));
      if (!mine.ok) throw new HttpError(422, `无法保存：${mine.found}`);
      if (hashOf(disk) !== body['hash'])
        throw new HttpError(409, '文件在打开后已被其他程序改动，未保存。请比较两个版本后选择。', {
          disk: { ...openReport(org, year) },
          mine: mine.text,
        });
      if (mine.text !== disk) writeAtomic(file, mine.text);
      return { ...openReport(org, year), saved: mine.text !== disk };
    },
  };

  function openReport(org: string, year: number) {
    const file = reportFile(org, year);
    if (!existsSync(file)) throw new HttpError(404, `没有 ${org} 的 ${year} 年报告。`);
    const text = readFileSync(file, 'utf8');
    const parsed = parseMdx(text);
    if (!parsed.ok)
      throw new HttpError(422, `无法读取该报告：第 ${parsed.line ?? 1} 行 ${parsed.found}`);
    const orgFile = insideContent(root, 'orgs', `${org}.yaml`);
    const orgData = existsSync(orgFile)
      ? parseYaml(readFileSync(orgFile, 'utf8'))
      : ({ ok: false } as const);
    return {
      org,
      year,
      orgName: orgData.ok ? (orgData.source.data as { name?: string }).name : undefined,
      data: parsed.source.data,
      body: parsed.source.body,
      hash: hashOf(text),
      text,
    };
  }

  function orgYear(body: unknown): { org: string; year: number } {
    const record = (body ?? {}) as Record<string, unknown>;
    return { org: checkOrg(record['org']), year: checkYear(record['year']) };
  }

  /**
   * Runs `npm run build` (src/cli/build.ts) as its own process and streams its lines to the page,
   * one JSON event a line. The build publishes atomically: on failure `out` stays as it was.
   */
  function streamBuild(
    res: ServerResponse,
    env: Record<string, string>,
    out: string,
    finished: (ok: boolean) => void,
  ): void {
    const send = (event: object) => res.write(`${JSON.stringify(event)}\n`);
    const child = spawn(process.execPath, [join(PROJECT, 'src/cli/build.ts')], {
      cwd: PROJECT,
      env: { ...process.env, ...env },
    });
    const lines = (stream: 'out' | 'err') => {
      let rest = '';
      return (chunk: Buffer) => {
        const text = rest + chunk.toString('utf8');
        const parts = text.split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) if (line.trim()) send({ kind: 'line', stream, line });
      };
    };
    child.stdout.on('data', lines('out'));
    child.stderr.on('data', lines('err'));
    child.on('close', (code) => {
      finished(code === 0);
      send({ kind: 'done', ok: code === 0, out });
      res.end();
    });
  }

  function startStream(res: ServerResponse): (event: object) => void {
    res.writeHead(200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
    });
    return (event: object) => res.write(`${JSON.stringify(event)}\n`);
  }

  async function publish(res: ServerResponse): Promise<void> {
    if (publishing) throw new HttpError(409, '正在发布，请等待本次发布结束。');
    // Validation first, as the build does, so each error can link to its field.
    const { issues } = loadContent(root);
    const blockers = publishBlockersOf(issues);
    const send = startStream(res);
    if (blockers.length > 0) {
      send({ kind: 'issues', issues: blockers });
      send({ kind: 'done', ok: false, out: options.out });
      res.end();
      return;
    }
    publishing = true;
    streamBuild(res, { CONTENT_DIR: root, OUT_DIR: options.out }, options.out, () => {
      publishing = false;
    });
  }

  /**
   * The report page as it will be published: the draft (saved or not) with its department and
   * attachments is copied into a temporary content folder and built by the real pipeline into
   * a temporary site, served on a second loopback port. Unconfirmed markers are dropped in that
   * copy only, so a draft still being checked can be seen; the page shows what 确认 would publish.
   */
  async function preview(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (previewing) throw new HttpError(409, '正在生成预览，请稍候。');
    const body = (await readJson(req)) as Record<string, unknown>;
    const { org, year } = orgYear(body);
    const file = reportFile(org, year);
    const disk = existsSync(file) ? readFileSync(file, 'utf8') : '---\n---\n';
    const data = structuredClone((body['data'] ?? {}) as Record<string, unknown>);
    const entries = data['provenance'];
    if (Array.isArray(entries))
      data['provenance'] = entries.map((e: Record<string, unknown>) => {
        const { unconfirmed: _, ...rest } = e;
        return rest;
      });
    const text = updateMdx(disk, data, String(body['body'] ?? ''));
    if (!text.ok) throw new HttpError(422, `无法预览：${text.found}`);
    const site = mkdtempSync(join(tmpdir(), 'studio-preview-'));
    const content = join(site, 'content');
    const out = join(site, 'out');
    mkdirSync(join(content, 'orgs'), { recursive: true });
    mkdirSync(join(content, 'reports', org), { recursive: true });
    if (existsSync(join(root, 'site.yaml')))
      cpSync(join(root, 'site.yaml'), join(content, 'site.yaml'));
    cpSync(insideContent(root, 'orgs', `${org}.yaml`), join(content, 'orgs', `${org}.yaml`));
    writeFileSync(join(content, 'reports', org, `${year}.mdx`), text.text);
    const folder = join(root, 'reports', org, String(year));
    if (existsSync(folder))
      cpSync(folder, join(content, 'reports', org, String(year)), { recursive: true });
    previewing = true;
    const server = await previewServer();
    const send = startStream(res);
    send({ kind: 'line', stream: 'out', line: '正在用发布流程生成预览……' });
    streamBuild(res, { CONTENT_DIR: content, OUT_DIR: out, SITE_URL: server.url }, out, (ok) => {
      previewing = false;
      if (ok) {
        const old = previewSite;
        previewSite = out;
        if (old) rmSync(resolve(old, '..'), { recursive: true, force: true });
        send({ kind: 'preview', url: `${server.url}${org}/${year}/` });
      } else rmSync(site, { recursive: true, force: true });
    });
  }

  let previewing = false;
  let previewSite: string | undefined;
  let previewHttp: { server: Server; url: string } | undefined;
  let served: { dir: string; server: Server } | undefined;
  /**
   * The published headers let only the site itself frame its pages (`frame-ancestors 'self'`);
   * the preview is framed by the studio, on its own port, so that one origin is added, and only
   * here.
   */
  function framedByStudio(res: ServerResponse): void {
    const writeHead = res.writeHead.bind(res) as (
      status: number,
      headers?: unknown,
    ) => ServerResponse;
    (res as { writeHead: unknown }).writeHead = (status: number, headers?: unknown) => {
      if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
        const adjusted: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(headers)) {
          const lower = name.toLowerCase();
          if (lower === 'x-frame-options') continue;
          adjusted[name] =
            lower === 'content-security-policy' && typeof value === 'string'
              ? value.replace(
                  /frame-ancestors 'self'/,
                  `frame-ancestors 'self' http://127.0.0.1:${port}`,
                )
              : value;
        }
        return writeHead(status, adjusted);
      }
      return writeHead(status, headers);
    };
  }
  async function previewServer(): Promise<{ server: Server; url: string }> {
    if (previewHttp) return previewHttp;
    const files =
      (root: () => string | undefined) => (req: IncomingMessage, res: ServerResponse) => {
        const dir = root();
        if (!dir) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('尚未生成预览。');
          return;
        }
        // The site's own static server, so the preview is served with the published headers; its
        // request handler is reused here without its socket.
        if (served?.dir !== dir) served = { dir, server: createStaticServer(dir) };
        framedByStudio(res);
        served.server.emit('request', req, res);
      };
    const handler = files(() => previewSite);
    const server = createServer((req, res) => {
      // The preview is a read-only copy of the site, but it also answers only to its own name.
      const { port: own } = server.address() as AddressInfo;
      if (req.headers.host !== `127.0.0.1:${own}`) {
        res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('拒绝访问。');
        return;
      }
      handler(req, res);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port: previewPort } = server.address() as AddressInfo;
    previewHttp = { server, url: `http://127.0.0.1:${previewPort}/` };
    return previewHttp;
  }

  function serveAttachment(url: URL, res: ServerResponse): void {
    const [, , org, year, name] = url.pathname.split('/').map(decodeURIComponent);
    const file = insideContent(root, 'reports', checkOrg(org), String(checkYear(year)), name ?? '');
    if (!existsSync(file)) throw new HttpError(404, '没有该附件。');
    const bytes = readFileSync(file);
    const kind = sniffKind(bytes);
    if (!kind) throw new HttpError(415, '该附件不是 PDF、DOCX、XLSX 或 CSV 文件。');
    res.writeHead(200, {
      'content-type': KINDS[kind].mime,
      'content-disposition': `${kind === 'pdf' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name ?? '')}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(bytes);
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refused = refusal(req, port);
    if (refused) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(refused);
      req.resume();
      return;
    }
    try {
      const key = `${req.method} ${url.pathname}`;
      if (req.method === 'GET' && !url.pathname.startsWith('/api/')) {
        if (url.pathname.startsWith('/files/')) return serveAttachment(url, res);
        return serveClient(client, url.pathname, res);
      }
      if (key === 'POST /api/publish') return await publish(res);
      if (key === 'POST /api/preview') return await preview(req, res);
      const handler = handlers[key];
      if (!handler) throw new HttpError(404, `没有这个接口：${key}`);
      const result = await handler(req, url);
      sendJson(res, 200, result);
    } catch (error) {
      if (res.headersSent) {
        res.end();
        return;
      }
      if (error instanceof HttpError)
        sendJson(res, error.status, { error: error.message, ...error.extra });
      else if (error instanceof PathError) sendJson(res, 400, { error: error.message });
      else {
        console.error(error);
        sendJson(res, 500, { error: `编辑台内部错误：${(error as Error).message}` });
      }
    }
  });
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        rmSync(uploads, { recursive: true, force: true });
        if (previewSite) rmSync(resolve(previewSite, '..'), { recursive: true, force: true });
        previewHttp?.server.closeAllConnections();
        previewHttp?.server.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  // Only the studio's own script and styles; attachments are framed from the same origin.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self' http://127.0.0.1:*; object-src 'self'; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
};

function serveClient(client: ClientBundle, path: string, res: ServerResponse): void {
  const file =
    path === '/' || path === '/index.html'
      ? { type: 'text/html; charset=utf-8', body: client.html }
      : path === '/app.js'
        ? { type: 'text/javascript; charset=utf-8', body: client.js }
        : path === '/app.css'
          ? { type: 'text/css; charset=utf-8', body: client.css }
          : undefined;
  if (!file) {
    sendJson(res, 404, { error: '没有这个页面。' });
    return;
  }
  res.writeHead(200, { 'content-type': file.type, ...SECURITY_HEADERS });
  res.end(file.body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...SECURITY_HEADERS,
  });
  res.end(JSON.stringify(value));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const mib = (limit / 2 ** 20).toFixed(0);
  if (declared > limit) {
    req.resume();
    throw new HttpError(413, `文件过大：不能超过 ${mib} MiB。`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `文件过大：不能超过 ${mib} MiB。`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new HttpError(415, '请求应为 JSON。');
  const bytes = await readBody(req, MAX_JSON_BYTES);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError(400, '请求不是合法的 JSON。');
  }
}
