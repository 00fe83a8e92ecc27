import { type LoadedReport, loadContent } from '../lib/load.ts';
import { errorsOf, formatIssues } from '../schemas/issues.ts';
import { StageError } from './stage.ts';

/**
 * Validates the whole content tree before anything is built, so an author's mistake stops the
 * build in a second with every problem listed. Astro's content loader validates again with the
 * same function, and only what it validated is rendered.
 */
export function validateContent(
  content: string,
  log: (text: string) => void,
): { reports: LoadedReport[] } {
  const { reports, issues } = loadContent(content);
  if (errorsOf(issues).length > 0) throw new StageError('validate', formatIssues(issues));
  if (issues.length > 0) log(formatIssues(issues));
  return { reports };
}
