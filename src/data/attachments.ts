// A report's original documents as the pages and the download endpoint read them, through the
// same check the build ran first (`loadContent`), so a page never offers an unchecked file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AttachmentInfo, attachmentFolder, checkAttachments } from '../io/attachments.ts';
import { contentDir } from '../io/paths.ts';
import { errorsOf } from '../schemas/issues.ts';
import type { Report } from '../schemas/report.ts';

export type { AttachmentInfo };

function folderOf(report: Report): string {
  return attachmentFolder(join(contentDir(), 'reports', report.org), report.year);
}

/** The report's checked attachments, in the order the frontmatter lists them. */
export function attachmentsOf(report: Report): AttachmentInfo[] {
  if (!report.attachments?.length) return [];
  const { attachments, issues } = checkAttachments(folderOf(report), report.attachments, {
    file: `${report.org}/${report.year}.mdx`,
    rel: (path) => path,
    locate: () => undefined,
  });
  // Warnings (formula cells in a CSV) were shown by validation; only errors stop the page.
  if (errorsOf(issues).length > 0)
    throw new Error(`attachments of ${report.org}/${report.year} are invalid`);
  return attachments;
}

/** The bytes of one checked attachment. */
export function attachmentBytes(report: Report, attachment: AttachmentInfo): ArrayBuffer {
  const bytes = readFileSync(join(folderOf(report), attachment.file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
