/** A cell as CSV writes it: numbers as they are, text quoted when it must be. */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel reads Chinese correctly) and
 * CRLF line ends, per RFC 4180.
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  const lines = [headers, ...rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
