import type { Figures } from './figure.ts';
import { asciiDigits, sentences } from './text.ts';

const COUNT = String.raw`(?:为|是|共|有)?\s*(\d+)\s*(?:人|名)`;
const RE = {
  authorized: new RegExp(`(?:核定)?(?:行政|事业|参公)?编制(?:数|人数)?${COUNT}`),
  active: new RegExp(`在职(?:在编)?(?:人员|人数)?${COUNT}`),
  retired: new RegExp(`退休(?:人员|人数)?${COUNT}`),
  asOf: /截[止至]到?\s*([^，,。；]*?(?:年末|年底|月末|月底|日))/,
};

/**
 * Reads 人员情况: one unit per sentence that states an 编制, as in
 * 区科技信息中心编制20人，截止2020年末，在职在编人员18人，退休人员17人。 The unit's name is what
 * precedes 编制 in that sentence; without one the unit is left for the author.
 */
export function staffingFigures(paragraphs: readonly string[], into: Figures): void {
  let index = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      const text = asciiDigits(sentence);
      const authorized = RE.authorized.exec(text);
      if (!authorized) continue;
      const add = (field: string, value: number | string, note?: string) =>
        into.add({ path: ['staffing', index, field], value, sentence, ...(note ? { note } : {}) });
      const name = text
        .slice(0, authorized.index)
        .split(/[，,：:；]/)
        .at(-1)
        ?.replace(/^(?:其中|截至|截止)/, '')
        .replace(/(?:的|共|现有)$/, '')
        .trim();
      if (name) add('unit', name);
      else into.notes.push(`“${sentence}”没有写明单位名称，草稿中留空，请填写。`);
      add('authorized', Number(authorized[1]));
      const active = RE.active.exec(text);
      if (active) add('active', Number(active[1]));
      else into.notes.push(`“${sentence}”没有写明在职在编人数，草稿中留空。`);
      const retired = RE.retired.exec(text);
      if (retired) add('retired', Number(retired[1]));
      const asOf = RE.asOf.exec(text);
      if (asOf?.[1]) add('asOf', asOf[1].trim());
      index++;
    }
  }
}
