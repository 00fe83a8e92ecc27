import type { Figures } from './figure.ts';
import { AMOUNT, asciiDigits, parseNumber, sentences } from './text.ts';

type Column = 'budget' | 'actual';

/** The 三公经费 items by their wording; the vehicle whole before its parts (its name holds 运行费). */
const ITEMS: { path: string[]; re: RegExp }[] = [
  { path: ['vehicles'], re: /公务用车购置及运行(?:维护)?费/ },
  { path: ['vehicles', 'purchase'], re: /(?:公务用车)?购置费/ },
  { path: ['vehicles', 'operation'], re: /(?:公务用车)?运行(?:维护|维持)?费/ },
  { path: ['abroad'], re: /因公出国境?费/ },
  { path: ['reception'], re: /公务接待费/ },
  { path: [], re: /[“"]?三公[”"]?经费/ },
];
const MOVE = new RegExp(
  `较(?:去年|上年|上一年|上年度|\\d{4}年)(?:同期)?(增加|减少|增长|下降)了?${AMOUNT}`,
);

/**
 * Reads the 三公经费 sentences: 预算数 and 实际支出 (决算) of the total and of each item, with the
 * vehicle cost split into 购置 and 运行 where given, and the total's change. A figure is a budget
 * when its clause (or the clause that leads its list) speaks of 预算, an actual when it speaks of
 * 支出, 决算 or 实际; a clause that says neither takes the column of the one before it.
 */
export function threePublicFigures(paragraphs: readonly string[], into: Figures): void {
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      if (!/三公/.test(sentence)) continue;
      // 出国（境） keeps its brackets out of the clause split, which breaks at a bracketed list.
      const text = asciiDigits(sentence).replace(/出国[（(]境[）)]/g, '出国境');
      let column: Column | undefined;
      let subject: string[] = [];
      for (const clause of text.split(/[，；;：:、。（）()]|,(?!\d{3})/)) {
        const item = ITEMS.find((i) => i.re.test(clause));
        if (item) subject = item.path;
        const move = MOVE.exec(clause);
        if (move) {
          // Only the total's change has a place in the model; an item's change is left to the body.
          if (subject.length > 0) continue;
          const value = parseNumber(move[2] ?? '');
          into.add({
            path: ['threePublic', 'change', 'amount'],
            value: /减少|下降/.test(move[1] ?? '') && value !== 0 ? -value : value,
            sentence,
            ...(move[3] === '万元' || move[3] === '元' ? { unit: move[3] } : {}),
          });
          const reason = /[，,]\s*(主要[^。！？]*)/.exec(
            sentence.slice(sentence.indexOf(move[2] ?? '')),
          )?.[1];
          if (reason)
            into.add({ path: ['threePublic', 'change', 'reason'], value: reason.trim(), sentence });
          continue;
        }
        if (/预算/.test(clause) && !/决算/.test(clause)) column = 'budget';
        else if (/支出|决算|实际|开支/.test(clause)) column = 'actual';
        const amount = new RegExp(AMOUNT).exec(clause);
        if (!amount || !column) continue;
        into.add({
          path: ['threePublic', ...(subject.length === 0 ? ['total'] : subject), column],
          value: parseNumber(amount[1] ?? ''),
          sentence,
          ...(amount[2] === '万元' || amount[2] === '元' ? { unit: amount[2] } : {}),
        });
      }
    }
  }
}
