// The 编辑台 in the browser: plain DOM, bundled by rolldown when the studio starts. The form is
// generated from the report's JSON Schema (../form.ts); messages come from the server, which runs
// the same checks as `npm run validate`.
import {
  type FormField,
  fieldId,
  formOf,
  type JsonSchema,
  moveProvenance,
  pathText,
  removeProvenance,
  variantOf,
} from '../form.ts';

type Path = (string | number)[];
type Data = Record<string, unknown>;
// The model's own types: type-only imports, so nothing of the schemas reaches the bundle.
type Issue = import('../../schemas/issues.ts').Issue;
type Provenance = import('../../schemas/provenance.ts').ProvenanceEntry;
interface Opened {
  org: string;
  year: number;
  orgName?: string;
  data: Data;
  body: string;
  hash: string;
  text: string;
  notes?: string[];
}

const app = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let reportForm: FormField;
let orgForm: FormField;
let idRules = '';
let current: (Opened & { dirty: boolean }) | undefined;
let issues: Issue[] = [];
let focusedQuote: string | undefined;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | ((e: Event) => void) | undefined> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c !== undefined && c !== false) el.append(c);
  return el;
}

function say(text: string): void {
  status.textContent = text;
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: {
      'x-studio': '1',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as T & { error?: string };
  if (!res.ok)
    throw Object.assign(new Error(json.error ?? `请求失败（${res.status}）`), {
      json,
      status: res.status,
    });
  return json;
}

// ——— Departments ———

async function home(): Promise<void> {
  current = undefined;
  location.hash = '';
  const orgs = await api<{ id: string; name: string; shortName: string; years: number[] }[]>(
    'GET',
    '/api/orgs',
  );
  app.replaceChildren(
    h('h1', {}, '编辑台：部门与报告'),
    h(
      'section',
      { 'aria-labelledby': 'orgs-h' },
      h('h2', { id: 'orgs-h' }, '部门'),
      orgs.length === 0 ? h('p', {}, '还没有部门，请先在下面添加。') : undefined,
      h('ul', { class: 'orgs' }, ...orgs.map((o) => orgItem(o))),
    ),
    newOrgForm(),
  );
}

function orgItem(o: { id: string; name: string; shortName: string; years: number[] }): HTMLElement {
  const yearId = `year-${o.id}`;
  const reportId = `file-${o.id}`;
  const tableId = `table-${o.id}`;
  const next = (o.years[0] ?? new Date().getFullYear() - 2) + 1;
  return h(
    'li',
    { class: 'org' },
    h('h3', {}, `${o.name}（${o.id}）`),
    h(
      'p',
      {},
      o.years.length ? '已有报告：' : '尚无报告。',
      ...o.years.flatMap((y) => [
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => openReport(o.id, y) },
          `${y} 年`,
        ),
        ' ',
      ]),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, '新建年度报告'),
      h('label', { for: yearId }, '年度'),
      h('input', { id: yearId, type: 'number', min: '1990', max: '2100', value: String(next) }),
      h(
        'button',
        {
          type: 'button',
          id: `new-${o.id}`,
          onclick: () => newFromLastYear(o.id, inputValue(yearId)),
        },
        '从上年报告开始',
      ),
      h('label', { for: reportId }, '报告原文（Word .docx 或 PDF）'),
      h('input', { id: reportId, type: 'file', accept: '.docx,.pdf' }),
      h('label', { for: tableId }, '自评表（选填，.xlsx 或 .csv）'),
      h('input', { id: tableId, type: 'file', accept: '.xlsx,.csv' }),
      h(
        'button',
        {
          type: 'button',
          id: `import-${o.id}`,
          onclick: () => importFiles(o.id, inputValue(yearId), reportId, tableId),
        },
        '从原文导入',
      ),
    ),
  );
}

function inputValue(id: string): string {
  return (document.getElementById(id) as HTMLInputElement).value;
}

function newOrgForm(): HTMLElement {
  const fields = (orgForm.children ?? []).filter((f) => f.key !== 'demo');
  const input = (f: FormField) =>
    h(
      'p',
      {},
      h('label', { for: `org-${f.key}` }, f.title, f.required ? '（必填）' : '（选填）'),
      h('input', {
        id: `org-${f.key}`,
        type: 'text',
        required: f.required,
        ...(f.key === 'name' || f.key === 'shortName' ? { oninput: () => suggest() } : {}),
      }),
    );
  const suggest = async () => {
    const name = inputValue('org-shortName') || inputValue('org-name');
    const { id } = await api<{ id: string }>(
      'GET',
      `/api/suggest-id?name=${encodeURIComponent(name)}`,
    );
    const box = document.getElementById('org-id') as HTMLInputElement;
    if (!box.dataset['edited']) box.value = id;
  };
  return h(
    'section',
    { 'aria-labelledby': 'neworg-h' },
    h('h2', { id: 'neworg-h' }, '添加部门'),
    h(
      'form',
      {
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const org = Object.fromEntries(
            fields.map((f) => [f.key, inputValue(`org-${f.key}`).trim()]),
          );
          try {
            const { id } = await api<{ id: string }>('POST', '/api/orgs', {
              id: inputValue('org-id'),
              org,
            });
            say(`已添加部门 ${id}。`);
            await home();
          } catch (error) {
            showError(error, 'org-error');
          }
        },
      },
      ...fields.map(input),
      h(
        'p',
        {},
        h('label', { for: 'org-id' }, '部门标识（必填，由简称自动建议，可修改）'),
        h('input', {
          id: 'org-id',
          type: 'text',
          required: true,
          pattern: '[a-z0-9]+(-[a-z0-9]+)*',
          'aria-describedby': 'org-id-rules',
          oninput: (e: Event) => {
            (e.target as HTMLInputElement).dataset['edited'] = '1';
          },
        }),
      ),
      h('p', { id: 'org-id-rules', class: 'hint' }, idRules),
      h('p', { id: 'org-error', class: 'error', role: 'alert' }),
      h('button', { type: 'submit' }, '添加部门'),
    ),
  );
}

function showError(error: unknown, id: string): void {
  const box = document.getElementById(id);
  const json = (error as { json?: { issues?: Issue[] } }).json;
  const text = [
    (error as Error).message,
    ...(json?.issues ?? []).map((i) => `${i.label}：应为${i.expected}，实为${i.found}`),
  ].join('\n');
  if (box) box.textContent = text;
  say(text);
}

async function newFromLastYear(org: string, year: string): Promise<void> {
  try {
    show(await api<Opened>('POST', '/api/report/new', { org, year }));
  } catch (error) {
    say((error as Error).message);
  }
}

async function upload(file: File): Promise<string> {
  const res = await fetch('/api/upload', {
    method: 'POST',
    headers: { 'x-studio': '1', 'x-file-name': encodeURIComponent(file.name) },
    body: file,
  });
  const json = (await res.json()) as { id: string; error?: string };
  if (!res.ok) throw new Error(json.error ?? '上传失败');
  return json.id;
}

async function importFiles(org: string, year: string, reportId: string, tableId: string) {
  const report = (document.getElementById(reportId) as HTMLInputElement).files?.[0];
  const table = (document.getElementById(tableId) as HTMLInputElement).files?.[0];
  if (!report) {
    say('请先选择报告原文（Word .docx 或 PDF）。');
    return;
  }
  try {
    say(`正在上传并导入 ${report.name}……`);
    const ids = { report: await upload(report), ...(table ? { table: await upload(table) } : {}) };
    show(await api<Opened>('POST', '/api/import', { org, year, ...ids }));
  } catch (error) {
    say((error as Error).message);
  }
}

async function openReport(org: string, year: number): Promise<void> {
  try {
    show(await api<Opened>('GET', `/api/report?org=${org}&year=${year}`));
  } catch (error) {
    say((error as Error).message);
  }
}

// ——— The report editor ———

const draftKey = (o: { org: string; year: number }) => `studio:${o.org}/${o.year}`;

function show(opened: Opened): void {
  current = { ...opened, dirty: false };
  location.hash = `#/${opened.org}/${opened.year}`;
  const kept = localStorage.getItem(draftKey(opened));
  let restored = false;
  if (kept) {
    const draft = JSON.parse(kept) as { data: Data; body: string; hash: string };
    current.data = draft.data;
    current.body = draft.body;
    current.dirty = true;
    restored = true;
  }
  renderEditor();
  const notes = opened.notes?.length ? `导入说明：${opened.notes.slice(0, 3).join('；')}` : '';
  say(
    restored
      ? '已恢复上次未保存的修改（尚未保存到文件）。'
      : notes || `已打开 ${opened.org} ${opened.year} 年报告。`,
  );
  validateSoon(0);
}

function changed(): void {
  if (!current) return;
  current.dirty = true;
  localStorage.setItem(
    draftKey(current),
    JSON.stringify({ data: current.data, body: current.body, hash: current.hash }),
  );
  validateSoon();
}

function provenance(): Provenance[] {
  return (current?.data['provenance'] as Provenance[] | undefined) ?? [];
}

function setProvenance(list: Provenance[]): void {
  if (!current) return;
  if (list.length) current.data['provenance'] = list;
  else delete current.data['provenance'];
}

function renderEditor(): void {
  if (!current) return;
  const { org, year } = current;
  const form = h('form', { id: 'report-form', onsubmit: (e: Event) => e.preventDefault() });
  for (const child of reportForm.children ?? []) {
    if (child.key === 'provenance') continue;
    form.append(renderField(child, current.data, child.key, [child.key]));
  }
  form.append(bodyEditor());
  app.replaceChildren(
    h(
      'header',
      { class: 'bar' },
      h('button', { type: 'button', onclick: () => confirmLeave() && home() }, '← 部门列表'),
      h('h1', {}, `${current.orgName ?? org} ${year} 年报告`),
      h('button', { type: 'button', id: 'save', onclick: () => save() }, '保存'),
      h('button', { type: 'button', id: 'preview', onclick: () => preview() }, '预览'),
      h('button', { type: 'button', id: 'publish', onclick: () => publish() }, '发布'),
    ),
    h(
      'div',
      { class: 'columns' },
      h('main', { class: 'editor', id: 'main' }, form),
      h(
        'aside',
        { class: 'side', 'aria-label': '校验与原文' },
        h(
          'section',
          { 'aria-labelledby': 'sum-h' },
          h('h2', { id: 'sum-h' }, '校验结果'),
          h('div', { id: 'summary' }),
        ),
        h(
          'section',
          { 'aria-labelledby': 'disc-h' },
          h('h2', { id: 'disc-h' }, '公开要素'),
          h('ul', { id: 'disclosure' }),
        ),
        h(
          'section',
          { 'aria-labelledby': 'orig-h' },
          h('h2', { id: 'orig-h' }, '原文'),
          originalView(),
        ),
        h(
          'section',
          { 'aria-labelledby': 'prev-h' },
          h('h2', { id: 'prev-h' }, '预览'),
          h('div', { id: 'preview-log', role: 'log', 'aria-live': 'polite' }),
        ),
        h(
          'section',
          { 'aria-labelledby': 'pub-h' },
          h('h2', { id: 'pub-h' }, '发布'),
          h('div', { id: 'publish-log', role: 'log', 'aria-live': 'polite' }),
        ),
      ),
    ),
  );
  showIssues();
}

function confirmLeave(): boolean {
  return !current?.dirty || window.confirm('有未保存的修改（已暂存在浏览器中）。仍要离开吗？');
}

/** Sets (or, with undefined, removes) the value at `key` of `parent`. */
function put(parent: Record<string | number, unknown>, key: string | number, value: unknown) {
  if (value === undefined) {
    if (Array.isArray(parent)) parent[key as number] = null;
    else delete parent[key];
  } else parent[key] = value;
}

function rerender(focus?: string): void {
  const y = window.scrollY;
  renderEditor();
  window.scrollTo(0, y);
  if (focus) document.getElementById(focus)?.focus();
  changed();
}

function renderField(
  field: FormField,
  parent: Record<string | number, unknown>,
  key: string | number,
  path: Path,
): HTMLElement {
  const value = parent[key];
  const id = fieldId(path);
  if (field.kind === 'object') {
    if (value === undefined || value === null) {
      return h(
        'div',
        { class: 'absent', 'data-path': pathText(path) },
        h('span', {}, `${field.title}：未填写`),
        ' ',
        h(
          'button',
          {
            type: 'button',
            id,
            onclick: () => {
              put(parent, key, {});
              rerender(id);
            },
          },
          `添加「${field.title}」`,
        ),
      );
    }
    const obj = value as Record<string, unknown>;
    return h(
      'fieldset',
      { class: 'object', id: `${id}-set`, 'data-path': pathText(path) },
      h('legend', {}, field.title),
      ...(field.children ?? []).map((c) => renderField(c, obj, c.key, [...path, c.key])),
      !field.required && !Array.isArray(parent)
        ? h(
            'button',
            {
              type: 'button',
              class: 'remove',
              onclick: () => {
                put(parent, key, undefined);
                rerender();
              },
            },
            `删除「${field.title}」整块`,
          )
        : undefined,
      messages(path),
    );
  }
  if (field.kind === 'array') {
    const list = Array.isArray(value) ? (value as unknown[]) : [];
    const listPath = pathText(path);
    const item = field.item as FormField;
    return h(
      'fieldset',
      { class: 'array', id: `${id}-set`, 'data-path': listPath },
      h('legend', {}, `${field.title}（${list.length} 项）`),
      h(
        'ol',
        {},
        ...list.map((_, i) => {
          const itemId = fieldId([...path, i]);
          const move = (to: number) => {
            const [moved] = list.splice(i, 1);
            list.splice(to, 0, moved);
            setProvenance(moveProvenance(provenance(), listPath, i, to));
            rerender(`${itemId.replace(/-\d+$/, `-${to}`)}-up`);
          };
          return h(
            'li',
            {},
            renderField({ ...item, title: `${item.title} 第 ${i + 1} 项` }, list as never, i, [
              ...path,
              i,
            ]),
            h(
              'div',
              { class: 'item-tools' },
              h(
                'button',
                {
                  type: 'button',
                  id: `${itemId}-up`,
                  disabled: i === 0,
                  onclick: () => move(i - 1),
                },
                `上移第 ${i + 1} 项`,
              ),
              h(
                'button',
                {
                  type: 'button',
                  id: `${itemId}-down`,
                  disabled: i === list.length - 1,
                  onclick: () => move(i + 1),
                },
                `下移第 ${i + 1} 项`,
              ),
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => {
                    list.splice(i, 1);
                    setProvenance(removeProvenance(provenance(), listPath, i));
                    if (list.length === 0 && !field.required && !Array.isArray(parent))
                      put(parent, key, undefined);
                    rerender(`${id}-add`);
                  },
                },
                `删除第 ${i + 1} 项`,
              ),
            ),
          );
        }),
      ),
      h(
        'button',
        {
          type: 'button',
          id: `${id}-add`,
          onclick: () => {
            const fresh = item.kind === 'object' ? {} : item.kind === 'array' ? [] : null;
            if (!Array.isArray(value)) put(parent, key, [fresh]);
            else list.push(fresh);
            rerender(fieldId([...path, list.length - (Array.isArray(value) ? 1 : 0)]));
          },
        },
        `添加一项「${item.title}」`,
      ),
      messages(path),
    );
  }
  return scalarField(field, parent, key, path);
}

function labelText(field: FormField): string {
  return `${field.title}${field.required ? '（必填）' : ''}`;
}

function scalarField(
  field: FormField,
  parent: Record<string | number, unknown>,
  key: string | number,
  path: Path,
): HTMLElement {
  const id = fieldId(path);
  const value = parent[key];
  const p = pathText(path);
  const sources = provenance().filter((e) => e.field === p);
  const unconfirmed = sources.some((e) => e.unconfirmed);
  const describe = [`${id}-msg`, sources.length ? `${id}-src` : ''].filter(Boolean).join(' ');
  let control: HTMLElement;
  const set = (v: unknown) => {
    put(parent, key, v);
    changed();
  };
  const onFocus = () => {
    focusedQuote = sources[0]?.quote;
    highlightOriginal();
  };
  if (field.kind === 'choice' || field.kind === 'boolean') {
    const options =
      field.kind === 'boolean'
        ? [
            { value: 'true', label: '是' },
            { value: 'false', label: '否' },
          ]
        : (field.options ?? []);
    control = h(
      'select',
      {
        id,
        'aria-describedby': describe,
        onfocus: onFocus,
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          set(v === '' ? undefined : field.kind === 'boolean' ? v === 'true' : v);
          if (field.key === 'unit' || field.key === 'comparator') rerender(id);
        },
      },
      h('option', { value: '' }, '（未填）'),
      ...options.map((o) =>
        h('option', { value: o.value, selected: String(value) === o.value }, o.label),
      ),
    );
  } else if (field.kind === 'union') {
    const variants = field.variants ?? [];
    const chosen = variantOf(field, value);
    const variant = variants[chosen] as FormField;
    const kindSelect = h(
      'select',
      {
        id: `${id}-kind`,
        'aria-label': `${field.title}的形式`,
        onchange: (e: Event) => {
          const v = variants[Number((e.target as HTMLSelectElement).value)] as FormField;
          put(parent, key, v.kind === 'range' ? [null, null] : undefined);
          rerender(id);
        },
      },
      ...variants.map((v, i) => h('option', { value: String(i), selected: i === chosen }, v.title)),
    );
    const inner = scalarField(
      { ...variant, title: field.title, required: field.required },
      parent,
      key,
      path,
    );
    inner.prepend(kindSelect);
    return inner;
  } else if (field.kind === 'range') {
    const pair = Array.isArray(value) ? (value as (number | null)[]) : [null, null];
    const bound = (i: 0 | 1, label: string) =>
      h('input', {
        id: i === 0 ? id : `${id}-max`,
        type: 'number',
        step: 'any',
        inputmode: 'decimal',
        'aria-label': `${field.title}${label}`,
        value: pair[i] === null || pair[i] === undefined ? '' : String(pair[i]),
        oninput: (e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          pair[i] = text === '' ? null : Number(text);
          set([...pair]);
        },
      });
    control = h('span', { class: 'range' }, bound(0, '下限'), ' — ', bound(1, '上限'));
  } else if (field.kind === 'flag') {
    return h('span');
  } else {
    const numeric = field.kind === 'number' || field.kind === 'integer';
    const long = field.kind === 'text' && typeof value === 'string' && value.length > 40;
    const attrs = {
      id,
      'aria-describedby': describe,
      'aria-required': field.required ? 'true' : undefined,
      onfocus: onFocus,
      oninput: (e: Event) => {
        const text = (e.target as HTMLInputElement).value;
        set(text === '' ? undefined : numeric ? Number(text) : text);
      },
    };
    control = long
      ? h('textarea', { ...attrs, rows: '3' }, String(value))
      : h('input', {
          ...attrs,
          type: numeric ? 'number' : field.kind === 'date' ? 'date' : 'text',
          ...(numeric
            ? { step: field.kind === 'integer' ? '1' : 'any', inputmode: 'decimal' }
            : {}),
          value: value === undefined || value === null ? '' : String(value),
        });
  }
  const unit = field.amount
    ? h('span', { class: 'unit' }, String(current?.data['unit'] ?? '（先选择金额单位）'))
    : undefined;
  return h(
    'div',
    { class: `field${unconfirmed ? ' unconfirmed' : ''}`, 'data-path': p },
    h(
      'label',
      { for: id },
      unconfirmed ? h('strong', { class: 'badge' }, '⚠ 待确认 ') : undefined,
      labelText(field),
    ),
    h('span', { class: 'control' }, control, unit),
    sources.length ? sourceNote(sources, id) : undefined,
    messages(path),
  );
}

function sourceNote(sources: Provenance[], id: string): HTMLElement {
  return h(
    'div',
    { class: 'source', id: `${id}-src` },
    ...sources.map((s) =>
      h(
        'p',
        {},
        `原文${s.page ? `（第 ${s.page} 页）` : ''}：`,
        h('q', {}, s.quote),
        s.unconfirmed
          ? h(
              'button',
              {
                type: 'button',
                class: 'confirm',
                onclick: () => {
                  setProvenance(provenance().map((e) => (e === s ? withoutFlag(e) : e)));
                  rerender(id);
                },
              },
              '确认',
            )
          : h('span', { class: 'ok' }, ' ✓ 已确认'),
      ),
    ),
  );
}

function withoutFlag(entry: Provenance): Provenance {
  const { unconfirmed: _, ...rest } = entry;
  return rest;
}

function bodyEditor(): HTMLElement {
  return h(
    'fieldset',
    { class: 'object', 'data-path': '' },
    h('legend', {}, '正文'),
    h(
      'label',
      { for: 'f-body' },
      '报告正文（Markdown：# 标题、段落、列表、表格；不能含代码或 HTML 脚本）',
    ),
    h(
      'textarea',
      {
        id: 'f-body',
        rows: '20',
        'aria-describedby': 'f-body-msg',
        oninput: (e: Event) => {
          if (!current) return;
          current.body = (e.target as HTMLTextAreaElement).value;
          changed();
        },
      },
      current?.body ?? '',
    ),
    h('div', { id: 'f-body-msg', class: 'msgs' }),
  );
}

function messages(path: Path): HTMLElement {
  return h('div', { id: `${fieldId(path)}-msg`, class: 'msgs' });
}

function originalView(): HTMLElement {
  const attachments =
    (current?.data['attachments'] as { file: string; title: string }[] | undefined) ?? [];
  const pdf = attachments.find((a) => a.file.toLowerCase().endsWith('.pdf'));
  if (pdf && current)
    return h('iframe', {
      id: 'original',
      title: `原文：${pdf.title}`,
      src: `/files/${current.org}/${current.year}/${encodeURIComponent(pdf.file)}`,
    });
  return h(
    'div',
    {
      id: 'original',
      class: 'original-text',
      tabindex: '0',
      'aria-label': '导入的正文（所选字段的原句高亮）',
    },
    current?.body ?? '',
  );
}

function highlightOriginal(): void {
  const box = document.getElementById('original');
  if (!box || box.tagName === 'IFRAME' || !current) return;
  const text = current.body;
  const quote = focusedQuote;
  const at = quote ? text.indexOf(quote) : -1;
  if (!quote || at < 0) {
    box.textContent = text;
    return;
  }
  const mark = h('mark', {}, quote);
  box.replaceChildren(text.slice(0, at), mark, text.slice(at + quote.length));
  mark.scrollIntoView({ block: 'nearest' });
}

// ——— Validation ———

let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

function validateSoon(delay = 400): void {
  clearTimeout(timer);
  timer = setTimeout(validate, delay);
}

async function validate(): Promise<void> {
  if (!current) return;
  const mine = ++generation;
  const { org, year, data, body } = current;
  const result = await api<{
    issues: Issue[];
    disclosure?: { key: string; label: string; stated: boolean }[];
  }>('POST', '/api/validate', { org, year, data, body });
  if (mine !== generation) return;
  issues = result.issues;
  showIssues();
  const list = document.getElementById('disclosure');
  if (list && result.disclosure)
    list.replaceChildren(
      ...result.disclosure.map((d) =>
        h(
          'li',
          { class: d.stated ? 'stated' : 'missing' },
          `${d.stated ? '✓ 已说明' : '✗ 未说明'}：${d.label}`,
        ),
      ),
    );
}

function targetFor(path: string): string {
  // The message goes to the field it names, or the nearest enclosing block shown in the form:
  // a field's own control (its label's target), or a block's first control.
  let p = path;
  while (p) {
    const el = document.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (el) {
      const own = el.classList.contains('field') ? el.querySelector('label')?.htmlFor : undefined;
      const first = el.querySelector<HTMLElement>(
        'input[id], select[id], textarea[id], button[id]',
      );
      return own || first?.id || 'f-body';
    }
    p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  }
  return 'f-body';
}

function showIssues(): void {
  for (const el of document.querySelectorAll('.msgs')) el.replaceChildren();
  for (const el of document.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const summary = document.getElementById('summary');
  if (!summary) return;
  const shown = issues.filter((i) => i.severity !== 'info');
  const errors = shown.filter((i) => !i.severity).length;
  const unconfirmed = shown.filter((i) => i.severity === 'unconfirmed').length;
  const mine = (issue: Issue) =>
    !current ||
    issue.file.replaceAll('\\', '/').endsWith(`reports/${current.org}/${current.year}.mdx`);
  const items = shown.map((issue) => {
    // A publish lists the problems of every report; only this report's link to its fields.
    if (!mine(issue))
      return h(
        'li',
        {},
        `${issue.file}${issue.line ? ` 第 ${issue.line} 行` : ''}：${issue.label}：应为${issue.expected}；实为${issue.found}`,
      );
    const target = targetFor(issue.path);
    const holder =
      document.getElementById(`${target}-msg`) ??
      document.getElementById(target)?.closest('[data-path]')?.querySelector(':scope > .msgs');
    const kind =
      issue.severity === 'warning' ? '提示' : issue.severity === 'unconfirmed' ? '待确认' : '错误';
    const where = `${issue.label}${issue.line && !issue.path ? `（第 ${issue.line} 行）` : ''}`;
    // An unconfirmed value's source sentence already stands beside its field.
    const text =
      issue.severity === 'unconfirmed'
        ? `${kind}：${where}：导入的数值尚未核对确认`
        : `${kind}：${where}：应为${issue.expected}；实为${issue.found}`;
    holder?.append(h('p', { class: `msg ${issue.severity ?? 'error'}` }, text));
    if (!issue.severity) document.getElementById(target)?.setAttribute('aria-invalid', 'true');
    return h(
      'li',
      {},
      h(
        'a',
        {
          href: `#${target}`,
          onclick: (e: Event) => {
            e.preventDefault();
            const el = document.getElementById(target);
            el?.scrollIntoView({ block: 'center' });
            el?.focus();
          },
        },
        text,
      ),
    );
  });
  summary.replaceChildren(
    h(
      'p',
      { id: 'verdict' },
      errors === 0 && unconfirmed === 0
        ? '✓ 校验通过，可以发布。'
        : `${errors} 个错误，${unconfirmed} 个待确认的数值${errors === 0 ? '：可以保存和预览，确认后才能发布。' : '。'}`,
    ),
    h('ul', { class: 'issues' }, ...items),
  );
}

// ——— Saving ———

async function save(force?: string): Promise<void> {
  if (!current) return;
  const { org, year, data, body } = current;
  try {
    const saved = await api<Opened & { saved: boolean }>('POST', '/api/save', {
      org,
      year,
      data,
      body,
      hash: force ?? current.hash,
    });
    localStorage.removeItem(draftKey(current));
    current = { ...saved, dirty: false };
    renderEditor();
    say(saved.saved ? `已保存 ${org}/${year}.mdx。` : '没有改动，文件未变。');
    validateSoon(0);
  } catch (error) {
    const json = (error as { json?: { disk?: Opened; mine?: string } }).json;
    if ((error as { status?: number }).status === 409 && json?.disk && json.mine)
      conflict(json.disk, json.mine);
    else say((error as Error).message);
  }
}

function conflict(disk: Opened, mine: string): void {
  const diskLines = disk.text.split('\n');
  const mineLines = mine.split('\n');
  const onlyIn = (a: string[], b: string[]) => {
    const set = new Set(b);
    return a.map((line) =>
      h(
        'span',
        { class: set.has(line) ? 'same' : 'changed' },
        `${set.has(line) ? '  ' : '± '}${line}\n`,
      ),
    );
  };
  const dialog = h(
    'dialog',
    { id: 'conflict', 'aria-labelledby': 'conflict-h' },
    h('h2', { id: 'conflict-h' }, '文件已在别处被改动，未保存'),
    h(
      'p',
      {},
      '打开之后，这份报告的文件被其他程序（编辑器、git 等）改动了。标有 ± 的行两边不同。请选择保留哪个版本：',
    ),
    h(
      'div',
      { class: 'diff' },
      h(
        'section',
        { 'aria-label': '磁盘上的版本' },
        h('h3', {}, '磁盘上的版本'),
        h('pre', { tabindex: '0' }, ...onlyIn(diskLines, mineLines)),
      ),
      h(
        'section',
        { 'aria-label': '我的版本' },
        h('h3', {}, '我的版本'),
        h('pre', { tabindex: '0' }, ...onlyIn(mineLines, diskLines)),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'keep-mine',
        onclick: () => {
          dialog.close();
          dialog.remove();
          void save(disk.hash);
        },
      },
      '保留我的版本（覆盖磁盘上的版本）',
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'take-disk',
        onclick: () => {
          dialog.close();
          dialog.remove();
          if (current) localStorage.removeItem(draftKey(current));
          show(disk);
        },
      },
      '放弃我的修改，载入磁盘上的版本',
    ),
  );
  document.body.append(dialog);
  dialog.showModal();
  say('文件已在别处被改动，未保存。');
}

// ——— Publishing ———

async function publish(): Promise<void> {
  const log = document.getElementById('publish-log');
  if (!log) return;
  if (current?.dirty) {
    say('请先保存，再发布。');
    log.replaceChildren(h('p', {}, '有未保存的修改：请先保存，再发布。'));
    return;
  }
  log.replaceChildren(h('p', {}, '正在发布（运行 npm run build）……'));
  const button = document.getElementById('publish') as HTMLButtonElement;
  button.disabled = true;
  try {
    const res = await fetch('/api/publish', { method: 'POST', headers: { 'x-studio': '1' } });
    if (!res.ok || !res.body) {
      const json = (await res.json()) as { error?: string };
      log.append(h('p', { class: 'error' }, json.error ?? '发布失败'));
      return;
    }
    const pre = h('pre', {});
    log.append(pre);
    await readEvents(res, (event) => {
      if (event.kind === 'line') pre.append(`${event.line}\n`);
      if (event.kind === 'issues') {
        issues = event.issues ?? [];
        showIssues();
        log.append(
          h(
            'p',
            { class: 'error' },
            `未发布：有 ${issues.length} 个问题（见“校验结果”，点击可定位到字段）。已发布的网站保持不变。`,
          ),
        );
      }
      if (event.kind === 'done')
        log.append(
          h(
            'p',
            { id: 'publish-result', class: event.ok ? 'ok' : 'error' },
            event.ok ? `✓ 已发布到 ${event.out}` : `✗ 发布失败，${event.out} 保持不变。`,
          ),
        );
    });
  } finally {
    button.disabled = false;
  }
}

/** Reads the server's stream of build events (one JSON object a line) as they arrive. */
async function readEvents(res: Response, onEvent: (event: BuildEvent) => void): Promise<void> {
  if (!res.body) return;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const parts = (rest + value).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) onEvent(JSON.parse(part) as BuildEvent);
  }
}

interface BuildEvent {
  kind: string;
  line?: string;
  ok?: boolean;
  out?: string;
  url?: string;
  issues?: Issue[];
}

async function preview(): Promise<void> {
  const log = document.getElementById('preview-log');
  if (!log || !current) return;
  const { org, year, data, body } = current;
  const button = document.getElementById('preview') as HTMLButtonElement;
  button.disabled = true;
  const pre = h('pre', {});
  log.replaceChildren(h('p', {}, '正在用发布流程生成这份报告的页面（约半分钟）……'), pre);
  try {
    const res = await fetch('/api/preview', {
      method: 'POST',
      headers: { 'x-studio': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ org, year, data, body }),
    });
    if (!res.ok) {
      const json = (await res.json()) as { error?: string };
      log.append(h('p', { class: 'error' }, json.error ?? '预览失败'));
      return;
    }
    await readEvents(res, (event) => {
      if (event.kind === 'line') pre.append(`${event.line}\n`);
      if (event.kind === 'done' && !event.ok)
        log.append(
          h('p', { class: 'error', id: 'preview-result' }, '✗ 预览失败：请先改正上面列出的错误。'),
        );
      if (event.kind === 'preview' && event.url)
        log.replaceChildren(
          h(
            'p',
            { id: 'preview-result' },
            '✓ 预览已生成（待确认的数值按确认后的样子显示）：',
            h('a', { href: event.url, target: '_blank', rel: 'noopener' }, '在新标签页打开'),
          ),
          h('iframe', { id: 'preview-frame', title: '报告页面预览', src: event.url }),
        );
    });
  } finally {
    button.disabled = false;
  }
}

// ——— Start ———

async function start(): Promise<void> {
  const schema = await api<{ report: JsonSchema; org: JsonSchema; idRules: string }>(
    'GET',
    '/api/schema',
  );
  reportForm = formOf(schema.report);
  orgForm = formOf(schema.org);
  idRules = schema.idRules;
  const match = /^#\/([a-z0-9-]+)\/(\d{4})$/.exec(location.hash);
  if (match) await openReport(match[1] as string, Number(match[2]));
  else await home();
}

window.addEventListener('beforeunload', (e) => {
  if (current?.dirty) e.preventDefault();
});
void start();
