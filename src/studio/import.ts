// The studio's one door to the importer: the same importFiles as `npm run import`
// (src/authoring/import.ts), given the uploaded report and 自评表 together.
import { earlierFrontmatters } from '../authoring/earlier.ts';
import { importFiles } from '../authoring/import.ts';
import type { AttachmentKind } from '../schemas/attachment.ts';
import { formatIssue } from '../schemas/issues.ts';
import type { ProvenanceEntry } from '../schemas/provenance.ts';

export interface ImportFile {
  /** The name the author's file had, as shown in messages and provenance. */
  name: string;
  kind: AttachmentKind;
  bytes: Uint8Array;
}

export type ImportResult =
  | { ok: true; mdx: string; provenance: ProvenanceEntry[]; notes: string[] }
  | { ok: false; message: string };

/**
 * A draft MDX text from a department's report (Word or PDF) and, optionally, its 自评表. Every
 * value keeps its sentence as a provenance entry; those the importer only guessed (goal
 * candidates) are marked unconfirmed, for the author to confirm one by one.
 */
export async function importDraft(
  files: readonly ImportFile[],
  options: { org: string; year: number; content: string },
): Promise<ImportResult> {
  const result = await importFiles(
    files.map((f) => ({ name: f.name, bytes: f.bytes })),
    {
      org: options.org,
      year: options.year,
      earlier: earlierFrontmatters(options.content, options.org, options.year),
      via: '编辑台',
    },
  );
  if (!result.ok)
    return {
      ok: false,
      message: [result.message, ...(result.issues ?? []).map(formatIssue)].join('\n\n'),
    };
  return { ok: true, mdx: result.mdx, provenance: result.provenance, notes: result.notes };
}
