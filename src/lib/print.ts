/** Escapes text for a CSS string literal. */
function cssString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', ' ')}"`;
}

/**
 * A report's own print stylesheet: the department and year in the top margin of every A4 page.
 * A separate file rather than inline CSS, so the Content-Security-Policy can forbid inline styles.
 */
export function printCss(orgName: string, year: number): string {
  const running = cssString(`${orgName} · ${year}年度部门整体支出绩效自评报告`);
  return `@page {\n  @top-left {\n    content: ${running};\n    font-size: 9pt;\n    color: #333;\n  }\n}\n`;
}
