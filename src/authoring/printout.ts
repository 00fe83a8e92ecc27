import { show } from '../schemas/issues.ts';
import type { Finding } from './extract.ts';
import type { Figure } from './figure.ts';
import { describeField } from './frontmatter-yaml.ts';

/**
 * What an import read, grouped by the sentence it came from so the author can check each
 * figure against the original at a glance.
 */
export function figureLines(figures: readonly Figure[]): string[] {
  const lines: string[] = [];
  let sentence: string | undefined;
  for (const f of figures) {
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      lines.push(`  原文：${f.sentence}`);
    }
    const value = typeof f.value === 'string' ? show(f.value) : String(f.value);
    lines.push(`    ✓ ${describeField(f.path)}：${value}${f.note ? `（${f.note}）` : ''}`);
  }
  return lines;
}

export function findingLines(key: 'problems' | 'measures', items: readonly Finding[]): string[] {
  return items.map(
    (item, i) =>
      `  原文小标题：${item.heading}\n    ✓ ${describeField([key, i])}：${item.id}“${item.title}”`,
  );
}

/** Spreadsheet column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
