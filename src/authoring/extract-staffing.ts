import type { Figures } from './figure.ts';
import { asciiDigits, sentences } from './text.ts';

const COUNT = String.raw`(?:为|是|共|有)?\s*(\d+)\s*(?:人|名)`;
const RE = {
  authorized: new RegExp(`(?:核定|实有)?(?:人员)?编制(?:数|人数)?${COUNT}`),
  active: new RegExp(`在职(?:在编)?(?:人员|人数)?${COUNT}`),
  retirees: new RegExp(`离退休(?:人员|人数)?${COUNT}`),
  veterans: new RegExp(`(?<!退)离休(?:人员|人数)?${COUNT}`),
  retired: new RegExp(`(?<!离)退休(?:人员|人数)?${COUNT}`),
  total: new RegExp(`(?:现有|实有)(?:人员|人数)(?:合计|总数)?${COUNT}`),
  vehicles: /公务用车\s*(\d+)\s*辆/,
  units: /(?:由|共|下设|含)\s*(\d+)\s*(?:家|个)(?:单位|预算单位)/,
  asOf: /截[止至]到?\s*([^，,。；]*?(?:年末|年底|月末|月底|日))|(\d{4}年(?:末|底))/,
  /** A unit with its head count and the parts in brackets: 局本级187人(在职在编139人、退休人员8人、协管员40人). */
  group: /([\u4e00-\u9fa5]{2,12}?)(\d+)\s*人\s*[（(]([^）)]*)[）)]/g,
  part: /([^、，,；;]+?)(\d+)\s*(?:人|名)/g,
};
const POSTS: [string, RegExp][] = [
  ['administrative', new RegExp(`(?<!参照公务员法管理)行政编制${COUNT}`)],
  [
    'civilServiceManaged',
    new RegExp(`(?:参照公务员法管理(?:事业)?编制|参公(?:管理)?(?:事业)?编制)${COUNT}`),
  ],
  ['institution', new RegExp(`(?<!管理)事业编制${COUNT}`)],
  ['worker', new RegExp(`工勤(?:人员)?编制${COUNT}`)],
];

/** What a unit's name is not: the words a sentence puts before its figures. */
const NOT_A_NAME = /^(?:我局|本局|我单位|本单位|我部门|本部门|我委|本委)?$/;

/**
 * Reads 人员情况 as reports state it: per unit (区科技信息中心编制20人，截止2020年末，在职在编人员18人，
 * 退休人员17人) or for a whole 系统 (由17家单位组成 … 人员编制326名，其中：行政编制43名 …); 编制 by kind;
 * 现有人员 with its parts in brackets (局本级187人(在职在编139人、退休人员8人、协管员40人)), other
 * categories by their own names; 离退休 as one figure or 离休 and 退休 apart; 公务用车. A sentence
 * that states a 编制 or a bracketed head count starts a unit; the sentences after it in the same
 * paragraph add what they state to that unit, never overwriting a figure already read.
 */
export function staffingFigures(paragraphs: readonly string[], into: Figures): void {
  let index = -1;
  for (const paragraph of paragraphs) {
    let open = false;
    let units: number | undefined;
    for (const sentence of sentences(paragraph)) {
      const text = asciiDigits(sentence);
      const add = (i: number, field: (string | number)[], value: number | string) =>
        into.add({ path: ['staffing', i, ...field], value, sentence });
      units = Number(RE.units.exec(text)?.[1] ?? '') || units;

      const groups = [...text.matchAll(RE.group)].filter((g) =>
        /在职|退休|离休|聘|协管|人员/.test(g[3] ?? ''),
      );
      if (groups.length > 0) {
        const grand = RE.total.exec(text.slice(0, groups[0]?.index ?? 0));
        if (grand)
          into.notes.push(
            `“${sentence}”给出的总人数 ${grand[1]} 人已分到各单位，未单独导入；请核对各单位合计。`,
          );
        for (const group of groups) {
          index++;
          const name = (group[1] ?? '').replace(/^(?:其中|包括|含)/, '');
          add(index, ['unit'], name);
          add(index, ['total'], Number(group[2]));
          readParts(group[3] ?? '', (field, value) => add(index, field, value));
        }
        open = false;
        continue;
      }

      const authorized = RE.authorized.exec(text);
      if (authorized) {
        index++;
        open = true;
        const name = text
          .slice(0, authorized.index)
          .split(/[，,：:；]/)
          .at(-1)
          ?.replace(/^(?:其中|截至|截止)/, '')
          .replace(/(?:的|共|现有|实有|人员)+$/, '')
          .trim();
        if (name && !NOT_A_NAME.test(name)) add(index, ['unit'], name);
        else into.notes.push(`“${sentence}”没有写明单位名称，草稿中留空，请填写。`);
        if (units) add(index, ['units'], units);
        add(index, ['authorized'], Number(authorized[1]));
        for (const [key, re] of POSTS) {
          const post = re.exec(text);
          if (post) add(index, ['posts', key], Number(post[1]));
        }
      } else if (!open) continue;

      const found = (re: RegExp) => {
        const match = re.exec(text);
        return match ? Number(match[1]) : undefined;
      };
      const fields: [string, number | undefined][] = [
        ['active', found(RE.active)],
        ['total', found(RE.total)],
        ['retirees', found(RE.retirees)],
        ['retiredVeterans', found(RE.veterans)],
        ['retired', found(RE.retired)],
        ['vehicles', found(RE.vehicles)],
      ];
      for (const [field, value] of fields) {
        if (value !== undefined && !into.has(['staffing', index, field]))
          add(index, [field], value);
      }
      const asOf = RE.asOf.exec(text);
      const when = (asOf?.[1] ?? asOf?.[2])?.trim();
      if (when && !into.has(['staffing', index, 'asOf'])) add(index, ['asOf'], when);
    }
  }
  if (index >= 0 && !into.list.some((f) => f.path[0] === 'staffing' && f.path[2] === 'active'))
    into.notes.push('人员情况中没有找到在职在编人数，草稿中略去，请按原文核对。');
}

/** The bracketed parts of a unit's head count: 在职在编, 退休, 离休, and any other category. */
function readParts(
  parts: string,
  add: (field: (string | number)[], value: number | string) => void,
) {
  let other = 0;
  for (const part of parts.matchAll(RE.part)) {
    const name = (part[1] ?? '').trim();
    const count = Number(part[2]);
    if (/^在职(?:在编)?(?:人员|人数)?$/.test(name)) add(['active'], count);
    else if (/^离退休(?:人员|人数)?$/.test(name)) add(['retirees'], count);
    else if (/^离休(?:人员|人数)?$/.test(name)) add(['retiredVeterans'], count);
    else if (/^退休(?:人员|人数)?$/.test(name)) add(['retired'], count);
    else {
      add(['others', other, 'name'], name);
      add(['others', other, 'count'], count);
      other++;
    }
  }
}
