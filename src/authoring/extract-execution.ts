import type { Figures } from './figure.ts';
import { AMOUNT, asciiDigits, NUM, parseNumber, sentences } from './text.ts';

const IS = String.raw`(?:为|是|达|共|合计)?\s*`;

/**
 * 预算执行 wording, most specific first: each clause gives at most one figure. A cut (调减) is a
 * negative supplement; 执行率 and 预算完成率 are read as printed, never computed.
 */
const FIELDS: { key: string; re: RegExp; sign?: (clause: string) => number }[] = [
  { key: 'carryover', re: new RegExp(`上年结转(?:结余)?(?:资金)?${IS}${AMOUNT}`) },
  {
    key: 'adjusted',
    re: new RegExp(`(?:全年(?:调整)?预算(?:数)?|调整后(?:的)?(?:全年)?预算(?:数)?)${IS}${AMOUNT}`),
  },
  {
    key: 'supplement',
    re: new RegExp(
      `(?:年中)?(?:追加|调增|调减|追减)(?:调整)?(?:预算)?(?:资金)?(?:数)?${IS}${AMOUNT}`,
    ),
    sign: (clause) => (/调减|追减/.test(clause) ? -1 : 1),
  },
  { key: 'initial', re: new RegExp(`年初预算(?:数)?${IS}${AMOUNT}`) },
  {
    key: 'actual',
    re: new RegExp(
      `(?:全年执行数|全年实际支出|实际支出|决算支出|决算数|全年支出|执行数|实际完成)${IS}${AMOUNT}`,
    ),
  },
];
const RATE = new RegExp(`(?:预算)?(?:执行率|完成率)${IS}(${NUM})\\s*%`);

/** Whether a sentence reports budget execution (not the 三公经费, read apart). */
export function isExecution(sentence: string): boolean {
  return (
    !/三公/.test(sentence) &&
    /上年结转|全年(?:调整)?预算|调整后(?:的)?(?:全年)?预算|追加|调增|调减|执行数|执行率|完成率|实际支出|决算/.test(
      sentence,
    )
  );
}

/** The clause is one of the execution figures above (so the budget reader leaves it alone). */
export function isExecutionClause(clause: string): boolean {
  return FIELDS.some((f) => f.key !== 'initial' && f.re.test(clause)) || RATE.test(clause);
}

/**
 * Reads 预算执行情况 as reports word it: 上年结转122.00万元，年初预算333.19万元，追加预算416.08万元，
 * 全年预算871.27万元；全年执行数850.37万元，预算完成率97.60%. Only sentences about execution
 * are read, so a 年初预算数 in the 收入预算 paragraph stays the budget total alone.
 */
export function executionFigures(paragraphs: readonly string[], into: Figures): void {
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      if (!isExecution(sentence)) continue;
      const text = asciiDigits(sentence);
      for (const clause of text.split(/[，；;：:、。]|,(?!\d{3})/)) {
        const rate = RATE.exec(clause);
        if (rate) {
          into.add({
            path: ['expenditure', 'execution', 'ratePercent'],
            value: parseNumber(rate[1] ?? ''),
            sentence,
          });
          continue;
        }
        for (const field of FIELDS) {
          const match = field.re.exec(clause);
          if (!match) continue;
          const value = parseNumber(match[1] ?? '') * (field.sign?.(clause) ?? 1);
          const unit = match[2] === '万元' || match[2] === '元' ? match[2] : undefined;
          into.add({
            path: ['expenditure', 'execution', field.key],
            value,
            sentence,
            ...(unit ? { unit } : {}),
          });
          break;
        }
      }
    }
  }
}
