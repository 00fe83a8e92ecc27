/**
 * Marks an element as showing one frontmatter figure. The build test reads these attributes
 * back from the HTML and checks every marked figure against the report's frontmatter.
 */
export function field(path: string, value: number): Record<string, string> {
  return { 'data-field': path, 'data-value': String(value) };
}
