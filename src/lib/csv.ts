/**
 * A cell as CSV writes it: numbers as they are, text quoted when it must be. Text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel and LibreOffice (CSV
 * injection): as OWASP recommends, it is prefixed with a single quote, which spreadsheets show as
 * text. Numbers stay numbers, whether given as numbers or as formatted figures (`-156.76`).
 */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = isFormula(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function isFormula(value: string | number | boolean): boolean {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value);
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
