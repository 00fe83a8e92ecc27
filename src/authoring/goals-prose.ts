import type { Comparator } from '../schemas/goals.ts';
import { numbering } from './numbering.ts';
import { asciiDigits, sentences, tidy } from './text.ts';

/** A paragraph of the report's text, with the PDF page it starts on. */
export interface TextBlock {
  text: string;
  page?: number;
}

/** Where a value was read: the sentence as printed and its page. */
export interface Source {
  sentence: string;
  page?: number;
}

/** A goal indicator the importer proposes from prose; every value in it is a guess. */
export interface Candidate {
  name: string;
  unit?: string;
  comparator?: Comparator;
  basis?: 'growth';
  target: number | [number, number] | string;
  /** The clause the target was read from. */
  targetQuote: string;
  targetSource: Source;
  actual?: {
    value: number;
    estimated: boolean;
    /** 同比增长38.7% right after the figure, in percent (a fall is negative). */
    growthRate?: number;
    quote: string;
    source: Source;
  };
}

export interface CandidateArea {
  area: string;
  indicators: Candidate[];
}

const NUM = String.raw`\d+(?:\.\d+)?`;
/** Units of goal targets, longest first so 人次 is not read as 人. */
const UNIT =
  '(万人次|人次|万元|亿元|个百分点|万平方米|平方米|公里|万千瓦|千瓦|万人|万吨|万亩|万头|公斤|元|%|家|支|名|篇|个|项|场|人|次|件|所|座|条|户|亩|吨|台|套|批|期|份|部|处|天|位|辆)';

/** The standard phrasings of a numeric target, most specific first. */
const FORMS: { re: RegExp; read: (m: RegExpExecArray) => Omit<Target, 'start' | 'end'> }[] = [
  {
    re: new RegExp(`(?:同比)?(?:增长|增加|提高|提升)(${NUM})\\s*%\\s*(及以上|以上)?`, 'g'),
    read: (m) => ({
      target: Number(m[1]),
      unit: '%',
      basis: 'growth',
      ...(m[2] ? { comparator: '>=' as const } : {}),
    }),
  },
  {
    re: new RegExp(`(${NUM})\\s*${UNIT}?\\s*[-~～—–至到](${NUM})\\s*${UNIT}`, 'g'),
    read: (m) => ({
      comparator: 'range',
      target: [Number(m[1]), Number(m[3])],
      unit: m[4] ?? m[2] ?? '',
    }),
  },
  {
    re: new RegExp(`(?:不超过|不高于|不多于|控制在)(${NUM})\\s*${UNIT}(?:以内|以下)?`, 'g'),
    read: (m) => ({ comparator: '<=', target: Number(m[1]), unit: m[2] ?? '' }),
  },
  {
    re: new RegExp(`(?:不少于|不低于|至少)(${NUM})\\s*${UNIT}`, 'g'),
    read: (m) => ({ comparator: '>=', target: Number(m[1]), unit: m[2] ?? '' }),
  },
  {
    re: new RegExp(`(?:超过|多于|高于|大于)(${NUM})\\s*${UNIT}`, 'g'),
    read: (m) => ({ comparator: '>', target: Number(m[1]), unit: m[2] ?? '' }),
  },
  {
    // A ranking: 全市前10以内 is place 10 or better.
    re: new RegExp(`前(${NUM})\\s*(?:名|位)?(?:以内|内)`, 'g'),
    read: (m) => ({ comparator: '<=', target: Number(m[1]), unit: '名' }),
  },
  {
    re: new RegExp(`(${NUM})\\s*${UNIT}(?:及)?以上`, 'g'),
    read: (m) => ({ comparator: '>=', target: Number(m[1]), unit: m[2] ?? '' }),
  },
  {
    re: new RegExp(`(${NUM})\\s*${UNIT}(?:及)?(?:以内|以下)`, 'g'),
    read: (m) => ({ comparator: '<=', target: Number(m[1]), unit: m[2] ?? '' }),
  },
  {
    re: new RegExp(`(?:达到|达)(${NUM})\\s*${UNIT}`, 'g'),
    read: (m) => ({ comparator: '>=', target: Number(m[1]), unit: m[2] ?? '' }),
  },
  {
    // A bare amount (农产品加工总产值318亿元): the target as stated, with no comparison invented.
    re: new RegExp(`(?<![\\d.])(${NUM})\\s*(亿元|万元|元|万吨|万千瓦|万亩|万头)(?![以及])`, 'g'),
    read: (m) => ({ target: Number(m[1]), unit: m[2] ?? '' }),
  },
  {
    // A bare count (推荐5支团队): the number itself is the target. Percentages and amounts
    // without a comparison are rarely targets, so only counts are read.
    re: new RegExp(
      `(?<![\\d.])(${NUM})\\s*(人次|家|支|名|篇|个|项|场|人|次|件|所|座|条|户|台|套|批|期)`,
      'g',
    ),
    read: (m) => ({ comparator: '=', target: Number(m[1]), unit: m[2] ?? '' }),
  },
];

interface Target {
  start: number;
  end: number;
  comparator?: Comparator;
  basis?: 'growth';
  target: number | [number, number];
  unit: string;
}

/** Every numeric target of a clause, in order, none overlapping another. */
export function clauseTargets(clause: string): Target[] {
  const text = asciiDigits(clause);
  const found: Target[] = [];
  for (const form of FORMS) {
    for (const m of text.matchAll(form.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((t) => start < t.end && t.start < end)) continue;
      // A date (2020年底) or a number inside a name (《…50%…》) is no target.
      if (/^\d{4}$/.test(m[1] ?? '') && /^年/.test(text.slice(start + 4))) continue;
      found.push({ start, end, ...form.read(m as RegExpExecArray) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Clauses of a sentence: the pieces between commas and semicolons. */
function clauses(sentence: string): string[] {
  return sentence
    .replace(/[。！？!?]$/, '')
    .split(/[，；,;]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

const LEAD_IN = /^(?:并|和|及|且|同时|力争|争取|确保|力求|努力|全年|继续)+/;
const TRAILING = /(?:达到|达|超过|不少于|不低于|不超过|控制在|实现|为|在)+$/;

/** The indicator's name: the clause without the target and the verbs around it. */
function nameOf(clause: string, targets: readonly Target[]): string {
  const text = asciiDigits(clause);
  let name = '';
  let at = 0;
  for (const t of targets) {
    name += text.slice(at, t.start);
    at = t.end;
  }
  name += text.slice(at);
  return name
    .replace(/、+$/, '')
    .replace(/^、+/, '')
    .replace(LEAD_IN, '')
    .replace(/^在(?=\S{2})/, '')
    .replace(TRAILING, '')
    .replace(/^(?:到|至)\d{4}年(?:底|末)?/, '')
    .trim();
}

/** A lead-in such as 力争到2020年底 or 按照市级统筹安排: no aim of its own. */
function isLeadIn(clause: string): boolean {
  return (
    clause.length < 8 ||
    /^(?:力争|争取|确保|预计)?(?:到|至|截至)?\d{4}年/.test(asciiDigits(clause)) ||
    /^(?:按照|根据|围绕|以|为)/.test(clause)
  );
}

const HEADING_MAX = 30;
const isHeadingLike = (text: string) => text.length <= HEADING_MAX && !/[。；，]/.test(text);

/** The paragraphs of the 年度工作目标 section, without its heading. */
export function goalSection(blocks: readonly TextBlock[]): TextBlock[] {
  const start = blocks.findIndex((b) => {
    const t = tidy(b.text);
    const rest = numbering(t)?.rest ?? t;
    return (
      isHeadingLike(t) &&
      /^(?:年度|部门)?(?:工作|绩效|整体|支出)*目标(?:任务)?$|年度(?:工作|绩效)目标|绩效目标(?:的)?(?:设立|设定|制定)情况/.test(
        rest,
      )
    );
  });
  if (start === -1) return [];
  const level = numbering(tidy(blocks[start]?.text ?? ''))?.level ?? 3;
  const out: TextBlock[] = [];
  for (const block of blocks.slice(start + 1)) {
    const n = numbering(tidy(block.text));
    if (n && n.level <= level && isHeadingLike(tidy(block.text))) break;
    out.push(block);
  }
  return out;
}

/** The paragraphs of the outcome section (二、绩效实现情况), without its heading. */
export function outcomeSection(blocks: readonly TextBlock[]): TextBlock[] {
  const start = blocks.findIndex((b) => {
    const t = tidy(b.text);
    return (
      isHeadingLike(t) && /绩效实现情况|绩效目标(?:完成|实现)情况|(?:主要)?绩效完成情况/.test(t)
    );
  });
  if (start === -1) return [];
  const out: TextBlock[] = [];
  for (const block of blocks.slice(start + 1)) {
    const t = tidy(block.text);
    const n = numbering(t);
    if (
      isHeadingLike(t) &&
      ((n?.scheme === 'cn' && n.level === 2) || /存在.*问题|问题及|改进措施/.test(t))
    )
      break;
    out.push(block);
  }
  return out;
}

/**
 * Goal candidates from the 年度工作目标 prose. Areas follow the section's numbering (1．加快培育
 * 科技创新主体); every numeric target in standard phrasing becomes an indicator; a sentence (or a
 * clause beside targets) with none becomes a qualitative aim with its words as the target.
 */
export function goalCandidates(blocks: readonly TextBlock[]): CandidateArea[] {
  const section = goalSection(blocks);
  const areas: CandidateArea[] = [];
  let current: CandidateArea | undefined;
  const open = (title: string) => {
    current = { area: title, indicators: [] };
    areas.push(current);
  };
  for (const block of section) {
    const text = tidy(block.text);
    const n = numbering(text);
    let body = text;
    if (n && n.scheme === 'arabic') {
      const end = n.rest.search(/[。！？]/);
      const title = (end === -1 ? n.rest : n.rest.slice(0, end)).trim();
      if (
        title &&
        title.length <= HEADING_MAX &&
        !/[，；]/.test(title) &&
        clauseTargets(title).length === 0
      ) {
        open(title);
        body = end === -1 ? '' : n.rest.slice(end + 1);
      } else body = n.rest;
    } else if (
      isHeadingLike(text) &&
      !/[:：。！？]$/.test(text) &&
      clauseTargets(text).length === 0
    ) {
      // Word's automatic numbering is not in the text: a short line with no sentence is an area.
      open(text);
      continue;
    }
    if (!current) {
      // Text before the first numbered area introduces the list (…如下：); aims there, if any,
      // form one area named after the section.
      if (/[:：]$/.test(text)) continue;
      open('年度工作目标');
    }
    const area = current as CandidateArea;
    for (const sentence of sentences(body)) {
      const source: Source = { sentence, ...(block.page ? { page: block.page } : {}) };
      const parts = clauses(sentence);
      const found = parts.map((c) => ({ clause: c, targets: clauseTargets(c) }));
      if (!found.some((f) => f.targets.length > 0)) {
        if (sentence.length >= 8 && !/[:：]$/.test(sentence))
          area.indicators.push(qualitative(sentence.replace(/[。！？!?]$/, ''), source));
        continue;
      }
      let lastName = '';
      for (const { clause, targets } of found) {
        if (targets.length === 0) {
          if (!isLeadIn(clause)) area.indicators.push(qualitative(clause, source));
          continue;
        }
        const base = nameOf(clause, targets) || lastName || area.area;
        lastName = base;
        const own = nameOf(clause, targets);
        for (const t of targets) {
          const name =
            t.basis === 'growth' && !own
              ? `${base}增长率`
              : targets.length > 1
                ? `${base}（${t.unit}）`
                : base;
          area.indicators.push({
            name,
            ...(t.unit ? { unit: t.unit } : {}),
            ...(t.comparator ? { comparator: t.comparator } : {}),
            ...(t.basis ? { basis: t.basis } : {}),
            target: t.target,
            targetQuote: clause,
            targetSource: source,
          });
        }
      }
    }
  }
  return areas.filter((a) => a.indicators.length > 0);
}

function qualitative(text: string, source: Source): Candidate {
  const first = text.split(/[，；,;]/)[0] ?? text;
  const name = first.length > 24 ? `${first.slice(0, 24)}…` : first;
  return { name, comparator: 'qualitative', target: text, targetQuote: text, targetSource: source };
}

/** Two-character pieces of the Chinese in a text: the terms two wordings share. */
function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]/gu, ' ');
  const out = new Set<string>();
  for (const run of han.split(' '))
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

const TOTAL = /(?:总量|总数|累计|共计|总计|合计|全年)(?:已)?(?:达到|达|为)?$/;

/**
 * Proposes an actual for each numeric candidate from the outcome section: a figure with the same
 * unit in a sentence that shares terms with the indicator's name. A figure whose own label is part
 * of the name (区级媒体108篇 for 区级媒体…报道) wins; otherwise the sentence must share at least
 * half of the name's terms, and a total (总量达462家) is preferred to a part. 预计 marks an estimate.
 */
export function proposeActuals(
  areas: readonly CandidateArea[],
  blocks: readonly TextBlock[],
): void {
  const outcome = outcomeSection(blocks).flatMap((b) =>
    sentences(tidy(b.text)).map((sentence) => ({ sentence, page: b.page })),
  );
  for (const area of areas) {
    for (const candidate of area.indicators) {
      if (candidate.comparator === 'qualitative' || candidate.basis || !candidate.unit) continue;
      const terms = bigrams(candidate.name);
      if (terms.size === 0) continue;
      const name = candidate.name.replace(/（[^）]*）$/, '');
      let best:
        | {
            score: number;
            value: number;
            estimated: boolean;
            growthRate?: number;
            sentence: string;
            page?: number;
          }
        | undefined;
      for (const { sentence, page } of outcome) {
        const shared = [...bigrams(sentence)].filter((t) => terms.has(t)).length / terms.size;
        const unit = candidate.unit.replace('%', '\\s*%');
        const figures = [
          ...asciiDigits(sentence).matchAll(
            new RegExp(`(?<![\\d.])(${NUM})\\s*${unit}(?!以上|以内)`, 'g'),
          ),
        ];
        for (const m of figures) {
          const before = asciiDigits(sentence).slice(0, m.index);
          const clause = before.split(/[，；、：,;:。]/).at(-1) ?? '';
          const label = clause.replace(/^(?:其中|含)/, '').replace(/(?:达到|达|为|共)$/, '');
          const labelled = label.length >= 2 && name.includes(label);
          const total = TOTAL.test(clause.replace(/^预计/, ''));
          if (!labelled && shared < 0.5) continue;
          if (labelled && shared < 0.3) continue;
          const score = (labelled ? 100 + label.length : 0) + shared * 10 + (total ? 2 : 0);
          if (best && best.score >= score) continue;
          const after = asciiDigits(sentence).slice((m.index ?? 0) + m[0].length);
          const growth = new RegExp(`^[，,]\\s*同比(增长|下降|减少)(${NUM})\\s*%`).exec(after);
          best = {
            score,
            value: Number(m[1]),
            estimated: /预计/.test(clause),
            ...(growth ? { growthRate: (growth[1] === '增长' ? 1 : -1) * Number(growth[2]) } : {}),
            sentence,
            ...(page ? { page } : {}),
          };
        }
      }
      if (best)
        candidate.actual = {
          value: best.value,
          estimated: best.estimated,
          ...(best.growthRate === undefined ? {} : { growthRate: best.growthRate }),
          quote: best.sentence,
          source: { sentence: best.sentence, ...(best.page ? { page: best.page } : {}) },
        };
    }
  }
}
