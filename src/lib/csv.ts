/**
 * A cell as CSV writes it: numbers as they are, text quoted when it must be. Text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel and LibreOffice (CSV
 * injection): as OWASP recommends, it is prefixed with a single quote, which spreadsheets show as
 * text. Numbers are written by the site, never from text, so they stay numbers.
 */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
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
