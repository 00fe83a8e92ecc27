/** A number as reports print it: 4805.67, 1,234.5 (thousands commas are read, never required). */
export const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;

/** An amount with its unit, capturing the number and 万元 or 元. */
export const AMOUNT = String.raw`(${NUM})\s*(万元|元)`;

/**
 * Word documents mix half- and full-width digits and signs; matching runs on a copy with ASCII
 * digits so the regexes stay simple. The text that is quoted or kept is never this copy.
 */
export function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)．(?=\d)/g, '.');
}

export function parseNumber(text: string): number {
  return Number(asciiDigits(text).replaceAll(',', ''));
}

/** Sentences end at 。！？; the terminator stays with its sentence so quotes read as printed. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[。！？!?])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Text without the blanks Word leaves around and inside headings (including U+3000). */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
