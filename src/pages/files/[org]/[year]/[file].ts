// The original documents, each at `/files/<org>/<year>/<file>`: Astro writes the checked bytes
// into the site itself, so no step outside the build copies files.
import type { APIRoute } from 'astro';
import {
  type AttachmentInfo,
  attachmentBytes,
  attachmentsOf,
} from '../../../../data/attachments.ts';
import { departments } from '../../../../data/collections.ts';
import { forPart } from '../../../../data/part.ts';
import { KINDS } from '../../../../io/attachments.ts';
import type { Report } from '../../../../schemas/report.ts';

/** Every path of this page, whichever run of the build renders it (the sitemap reads them). */
export async function allPaths() {
  return (await departments()).flatMap((department) =>
    department.reports.flatMap((report) =>
      attachmentsOf(report).map((attachment) => ({
        params: { org: department.id, year: String(report.year), file: attachment.file },
        props: { report, attachment },
      })),
    ),
  );
}

/** The paths this run of the build renders (src/io/parts.ts). */
export const getStaticPaths = () => forPart(allPaths());

export const GET: APIRoute = ({ props }) => {
  const { report, attachment } = props as { report: Report; attachment: AttachmentInfo };
  return new Response(attachmentBytes(report, attachment), {
    headers: { 'content-type': KINDS[attachment.kind].mime },
  });
};
