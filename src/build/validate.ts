import { type LoadedContent, loadContent } from '../lib/load.ts';
import { contentFingerprint } from '../lib/validated.ts';
import { errorsOf, formatIssues } from '../schemas/issues.ts';
import { StageError } from './stage.ts';

/**
 * Validates the whole content tree before anything is built, so an author's mistake stops the
 * build in a second with every problem listed. What it found is handed to Astro's content loader
 * (`writeValidated`), so the tree is validated once and Astro renders exactly that.
 */
export function validateContent(
  content: string,
  log: (text: string) => void,
): LoadedContent & { fingerprint: string } {
  // Taken before the tree is read: an edit made while it is read changes it (src/lib/validated.ts).
  const fingerprint = contentFingerprint(content);
  const loaded = loadContent(content);
  const { issues } = loaded;
  if (errorsOf(issues).length > 0) throw new StageError('validate', formatIssues(issues));
  if (issues.length > 0) log(formatIssues(issues));
  return { ...loaded, fingerprint };
}
