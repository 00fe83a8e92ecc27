import { pinyin } from 'pinyin-pro';
import { ID_PATTERN } from '../schemas/common.ts';

/** How ids are explained beside the field, so an author knows why one is refused. */
export const ID_RULES =
  '部门标识用在网址中（如 /wanzhou-kjj/），只能用小写字母、数字和连字符（-），不能以连字符开头或结尾；发布后不要更改。';

const LEVELS = /^(.+?(?:省|自治区|市))(.+?(?:区|县|市|旗))(.*)$/;

/**
 * An id suggested from a department's (short) name, in the form the site already uses: the
 * district in full pinyin, then the initials of the department, 万州区科技局 → wanzhou-kjj. Only a
 * suggestion: the author may change it, and it is checked against ID_PATTERN like any id.
 */
export function suggestOrgId(name: string): string {
  const text = name.replace(/[\s（）()]/g, '');
  const levels = LEVELS.exec(text);
  const [district, office] = levels
    ? [levels[2] ?? '', levels[3] ?? '']
    : (/^(.+?(?:区|县|市))(.+)$/.exec(text)?.slice(1) ?? ['', text]);
  const full = (t: string) =>
    pinyin(t.replace(/(区|县|市|旗)$/, ''), { toneType: 'none', type: 'array', v: true }).join('');
  const initials = (t: string) =>
    pinyin(t, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  const id = [full(district ?? ''), initials(office ?? '')]
    .map((part) => part.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean)
    .join('-');
  return ID_PATTERN.test(id) ? id : '';
}
