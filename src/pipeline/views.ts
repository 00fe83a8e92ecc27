// Where the validate stage puts each report's view model (src/io/validated.ts `writeViews`): one
// file per Astro run that renders reports, so a department run of a large site reads only its own
// departments' views, and the district-wide run (and the sidecar) reads them all.
import type { BuildPart } from '../io/parts.ts';

/** The views file of the run `index` of a build whose snapshot is `snapshot`. */
export function viewsFile(snapshot: string, index: number): string {
  return `${snapshot}.views-${index}`;
}

/** The views files the run `index` of `parts` reads: its own, or every one for the district-wide run. */
export function viewsFilesOf(
  snapshot: string,
  parts: readonly BuildPart[],
  index: number,
): string[] {
  if (parts[index]?.kind !== 'global') return [viewsFile(snapshot, index)];
  return allViewsFiles(snapshot, parts);
}

/** Every views file of a build: together, every report's view once. */
export function allViewsFiles(snapshot: string, parts: readonly BuildPart[]): string[] {
  return parts.flatMap((part, i) => (part.kind === 'global' ? [] : [viewsFile(snapshot, i)]));
}
