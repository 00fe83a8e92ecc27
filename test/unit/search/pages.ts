// Report pages for the engine's tests, made from the real reports the way the site makes them:
// the narrative through the MDX parser Astro uses with the page's own heading-id plugin, the
// goals as table rows with `goal-<id>` anchors, the title and facets Pagefind reads.
import { readFileSync } from 'node:fs';
import { mdxToHast } from 'satteri';
import { parse } from 'yaml';
import { escapeHtml } from '../../../src/lib/escape.ts';
import { sectionIdsPlugin } from '../../../src/lib/sections.ts';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

function html(node: Node, ids: ReturnType<typeof sectionIdsPlugin>): string {
  if (node.type === 'text') return escapeHtml(node.value ?? '');
  const inner = (node.children ?? []).map((c) => html(c, ids)).join('');
  if (node.type !== 'element' || !node.tagName) return inner;
  let id = '';
  if (ids.element.filter.includes(node.tagName))
    ids.element.visit(node as { tagName: string }, {
      setProperty: (_n, name, value) => {
        if (name === 'id') id = value;
      },
    });
  return `<${node.tagName}${id ? ` id="${id}"` : ''}>${inner}</${node.tagName}>`;
}

interface Goal {
  id: string;
  name: string;
  unit?: string;
  comparator: string;
  target: number | string | [number, number];
  actual?: number | string;
}

const SIGN: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

function row(goal: Goal): string {
  const unit = goal.unit ? ` ${goal.unit}` : '';
  const target = Array.isArray(goal.target)
    ? `${goal.target[0]}–${goal.target[1]}${unit}`
    : typeof goal.target === 'string'
      ? goal.target
      : `${SIGN[goal.comparator] ?? ''} ${goal.target}${unit}`;
  const actual =
    goal.actual === undefined
      ? '报告未说明'
      : `${goal.actual}${typeof goal.actual === 'number' ? unit : ''}`;
  const status = goal.actual === undefined ? '报告未说明完成值' : '已达成';
  return `<tr id="goal-${goal.id}"><th scope="row">${escapeHtml(goal.name)}</th><td>${escapeHtml(target)}</td><td><span>${escapeHtml(actual)}</span></td><td><span>${status}</span></td></tr>`;
}

/** A report page as the site builds it, from an MDX file (frontmatter and body). */
export function reportPage(file: string, department: string): { url: string; html: string } {
  const source = readFileSync(file, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const data = parse(front) as {
    org: string;
    year: number;
    title: string;
    goals?: { area: string; indicators: Goal[] }[];
  };
  const narrative = html(
    mdxToHast(body, { position: false }) as unknown as Node,
    sectionIdsPlugin(),
  );
  const goals = (data.goals ?? [])
    .map(
      (area) =>
        `<h3>${escapeHtml(area.area)}</h3><table><thead><tr><th>指标</th><th>目标</th><th>完成情况</th><th>状态</th></tr></thead><tbody>${area.indicators.map(row).join('')}</tbody></table>`,
    )
    .join('');
  return {
    url: `/${data.org}/${data.year}/`,
    html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title></head><body><article data-pagefind-body>
<span hidden data-pagefind-filter="department" data-pagefind-meta="department">${escapeHtml(department)}</span>
<span hidden data-pagefind-filter="year:${data.year}" data-pagefind-meta="year:${data.year}" data-pagefind-sort="year:${data.year}"></span>
<h1 data-pagefind-meta="title">${escapeHtml(data.title)}</h1>
<h2 id="goals">绩效目标完成情况</h2>${goals}
<h2 id="fulltext">报告全文</h2>${narrative}</article></body></html>`,
  };
}
