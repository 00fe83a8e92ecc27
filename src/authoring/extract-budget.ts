import { className } from './classes.ts';
import { isExecutionClause } from './extract-execution.ts';
import type { Figures } from './figure.ts';
import { numbering } from './numbering.ts';
import { AMOUNT, asciiDigits, NUM, parseNumber, sentences, tidy } from './text.ts';

type Side = 'income' | 'expenditure';

/** Income sources by their wording in reports (预算收入 tables and the 收入预算 paragraph). */
const SOURCES: [string, string][] = [
  ['generalBudget', '一般公共预算(?:财政)?拨款(?:收入)?|一般公共预算收入'],
  ['governmentFund', '政府性基金预算拨款(?:收入)?|政府性基金(?:预算)?收入'],
  ['stateCapital', '国有资本经营预算(?:拨款)?收入|国有资本经营预算拨款'],
  ['businessIncome', '事业收入'],
  ['operatingIncome', '事业单位经营收入'],
  ['other', '其他收入'],
];
const SOURCE_ANY = new RegExp(`(?:${SOURCES.map(([, re]) => re).join('|')})\\d`);
const FILLER = '(?:为|是|共|合计)?\\s*';
const LEAD = '^(?:其中)?';
const YEAR = '(?:去年|上年|上一年|上年度|\\d{4}年)(?:同期)?(?:预算数?)?';
const MOVE = '(增加|减少|增长|下降|上升)了?';

const RE = {
  partChange: new RegExp(`(基本支出|项目支出)(?:较${YEAR})?${MOVE}${AMOUNT}`),
  change: new RegExp(`较${YEAR}${MOVE}${AMOUNT}`),
  split: new RegExp(`${LEAD}(基本支出|项目支出)${FILLER}${AMOUNT}$`),
  total: new RegExp(
    `(?:年初预算(?:数|总额|总数)?|预算(?:总额|总数|合计|总计|数)|(?:收入|支出)(?:预算)?(?:总额|合计|总计))${FILLER}${AMOUNT}`,
  ),
  source: new RegExp(`${LEAD}(${SOURCES.map(([, re]) => re).join('|')})${FILLER}${AMOUNT}$`),
  item: new RegExp(`${LEAD}([\\u4e00-\\u9fa5（）()]+?)${FILLER}${AMOUNT}$`),
  amount: new RegExp(AMOUNT),
  /** 基本支出244.41万元，占35.08%: the share as printed. */
  share: new RegExp(
    `(基本支出|项目支出)${FILLER}${AMOUNT}[，,（(\\s]*占(?:比|总支出的?|支出总额的?|全年支出的?)?(?:为)?\\s*(${NUM})\\s*%`,
    'g',
  ),
};

/** Which budget a sentence talks about, from its subject or the figures it lists. */
function cue(sentence: string): Side | undefined {
  const s = sentence.replace(/^\d{4}年(?:度)?/, '');
  if (/^(?:部门)?收入|收入预算|收入(?:总额|合计|总计)/.test(s) || SOURCE_ANY.test(s))
    return 'income';
  if (/^(?:部门)?支出|支出预算|支出(?:总额|合计|总计)|(?:基本|项目)支出\d/.test(s))
    return 'expenditure';
  if (/[\u4e00-\u9fa5]支出(?:为|是)?\d/.test(s.replace(/(?:基本|项目)支出/g, '')))
    return 'expenditure';
  return undefined;
}

const signed = (move: string, amount: string) => {
  const value = parseNumber(amount);
  return /减少|下降/.test(move) && value !== 0 ? -value : value;
};

type Add = (
  path: (string | number)[],
  value: number | string,
  unit?: string,
  note?: string,
) => void;

/**
 * Reads the 收入预算 and 支出预算 figures. A sentence belongs to the budget its subject or figures
 * name; one without a cue belongs to the budget of the sentence before it in the paragraph (or of
 * a heading paragraph such as 1．收入预算 just before), never to a budget further away.
 */
export function budgetFigures(paragraphs: readonly string[], into: Figures): void {
  let carry: Side | undefined;
  const classes = new Map<string, number>();
  for (const paragraph of paragraphs) {
    let side = carry;
    carry = undefined;
    const numbered = numbering(tidy(paragraph));
    sentences(paragraph).forEach((sentence, index) => {
      // The 三公经费 have their own reader; their amounts are no budget totals or classes.
      if (/三公/.test(sentence)) return;
      const lead = index === 0 && numbered ? numbering(tidy(sentence))?.rest : undefined;
      const text = asciiDigits(lead ?? sentence);
      side = cue(text) ?? side;
      if (!side) return;
      const add: Add = (path, value, unit, note) =>
        into.add({
          path,
          value,
          sentence,
          ...(unit === '万元' || unit === '元' ? { unit } : {}),
          ...(note ? { note } : {}),
        });
      for (const piece of text.split(/[，；;：:、。]|,(?!\d{3})/).map((p) => p.trim())) {
        if (isExecutionClause(piece)) continue;
        readPiece(piece, side, sentence, add, classes, into.notes);
      }
      for (const share of text.matchAll(RE.share)) {
        const key = share[1] === '基本支出' ? 'basicPercent' : 'projectPercent';
        add(['expenditure', 'split', key], parseNumber(share[4] ?? ''));
      }
    });
    if (numbered && !RE.amount.test(asciiDigits(paragraph))) carry = side;
  }
}

/** One clause of a budget sentence: at most one figure, tried from the most specific wording. */
function readPiece(
  piece: string,
  side: Side,
  sentence: string,
  add: Add,
  classes: Map<string, number>,
  notes: string[],
): void {
  const part = RE.partChange.exec(piece);
  if (part) {
    const key = part[1] === '基本支出' ? 'basic' : 'project';
    add(['expenditure', 'change', key], signed(part[2] ?? '', part[3] ?? ''), part[4]);
    return;
  }
  const change = RE.change.exec(piece);
  if (change) {
    const who = piece.startsWith('收入')
      ? 'income'
      : piece.startsWith('支出')
        ? 'expenditure'
        : side;
    add([who, 'change', 'amount'], signed(change[1] ?? '', change[2] ?? ''), change[3]);
    const after = sentence.slice(Math.max(0, sentence.indexOf(change[2] ?? '')));
    const reason = /[，,]\s*(主要[^。！？]*)/.exec(after)?.[1]?.trim();
    if (reason) add([who, 'change', 'reason'], reason);
    return;
  }
  const split = RE.split.exec(piece);
  if (split) {
    const key = split[1] === '基本支出' ? 'basic' : 'project';
    add(['expenditure', 'split', key], parseNumber(split[2] ?? ''), split[3]);
    return;
  }
  const total = RE.total.exec(piece);
  if (total) {
    add([side, 'total'], parseNumber(total[1] ?? ''), total[2]);
    return;
  }
  const source = RE.source.exec(piece);
  if (source) {
    const key = SOURCES.find(([, re]) => new RegExp(`^(?:${re})$`).test(source[1] ?? ''))?.[0];
    if (key) add(['income', 'sources', key], parseNumber(source[2] ?? ''), source[3]);
    return;
  }
  const item = side === 'expenditure' ? RE.item.exec(piece) : null;
  const found = item ? className(item[1] ?? '') : undefined;
  if (item && found) {
    const amount = parseNumber(item[2] ?? '');
    const index = classes.get(found.name) ?? classes.size;
    classes.set(found.name, index);
    const note =
      found.as === 'completed'
        ? `原文作“${found.written}”，按支出功能分类全称记为“${found.name}”`
        : found.as === 'unknown'
          ? `“${found.name}”不在支出功能分类类级科目表中，请核对名称`
          : undefined;
    add(['expenditure', 'classes', index, 'name'], found.name, undefined, note);
    add(['expenditure', 'classes', index, 'amount'], amount, item[3]);
    return;
  }
  if (RE.amount.test(piece)) notes.push(`“${piece}”（见“${sentence}”）未能归入任何字段，未导入。`);
}
