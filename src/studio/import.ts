// The studio's one door to the importer. Today it runs the steps of `npm run import` (src/cli/
// import.ts keeps them in a script, not a function) through the same src/authoring modules; once
// the importer exposes `importReport(files, { org, year })`, only `importDraft` below changes.
import mammoth from 'mammoth';
import { blocksToMdx } from '../authoring/docx-to-mdx.ts';
import { importDraft as draftFrom } from '../authoring/draft.ts';
import { findings, findTitle, readFigures } from '../authoring/extract.ts';
import { renderFrontmatter } from '../authoring/frontmatter-yaml.ts';
import { type Block, htmlBlocks } from '../authoring/html-blocks.ts';
import { pdfBlocks } from '../authoring/pdf-blocks.ts';
import type { PdfPage } from '../authoring/pdf-paragraphs.ts';
import { readPdf } from '../authoring/pdf-read.ts';
import type { AttachmentKind } from '../schemas/attachment.ts';
import { formatPath } from '../schemas/issues.ts';
import type { ProvenanceEntry } from '../schemas/provenance.ts';
import { runCli } from './cli.ts';

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
 * A draft MDX text from a department's report (Word or PDF). Every value the importer read keeps
 * its sentence as a provenance entry marked unconfirmed: the importer's own output asks the author
 * to check each one, and the studio makes that check an explicit 确认 per value.
 */
export async function importDraft(
  report: ImportFile,
  options: { org: string; year: number },
): Promise<ImportResult> {
  const read = await reportBlocks(report);
  if (!read.ok) return read;
  const { blocks, pages } = read;
  const texts = blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text.trim()])).filter(Boolean);
  const title = findTitle(texts);
  let skip = title?.lines ?? 0;
  const bodyBlocks = blocks.filter((b) => {
    if (skip === 0 || b.kind === 'table' || !b.text.trim()) return true;
    skip--;
    return false;
  });
  const body = blocksToMdx(bodyBlocks);
  const figures = readFigures(texts.slice(title?.lines ?? 0));
  const { problems, measures } = findings(body.headings);
  const { draft, notes } = draftFrom({
    org: options.org,
    year: options.year,
    ...(title ? { title: title.title } : {}),
    sourceFile: report.name,
    read: figures,
    problems,
    measures,
  });
  const provenance: ProvenanceEntry[] = figures.figures.map((f) => {
    const page = pages ? pageOf(pages, f.sentence) : undefined;
    return {
      field: formatPath(f.path),
      quote: f.sentence,
      file: report.name,
      ...(page ? { page } : {}),
      unconfirmed: true,
    };
  });
  if (provenance.length > 0) draft['provenance'] = provenance as never;
  const header = `由编辑台从 ${report.name} 导入的草稿：每个数值旁附原句，请逐项核对后确认。`;
  const mdx = `---\n${renderFrontmatter(draft, { header, notes })}---\n\n${body.body}`;
  return {
    ok: true,
    mdx,
    provenance,
    notes: [...body.notes, ...figures.notes, ...read.notes],
  };
}

type Blocks =
  | { ok: true; blocks: Block[]; pages?: PdfPage[]; notes: string[] }
  | { ok: false; message: string };

async function reportBlocks(file: ImportFile): Promise<Blocks> {
  if (file.kind === 'docx') {
    const converted = await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) });
    const { blocks, images } = htmlBlocks(converted.value);
    return {
      ok: true,
      blocks,
      notes: [
        ...(images > 0 ? [`原文有 ${images} 张图片，未导入正文。`] : []),
        ...converted.messages.map((m) => `Word 转换提示：${m.message}`),
      ],
    };
  }
  if (file.kind !== 'pdf')
    return { ok: false, message: `${file.name}：报告原文应为 Word（.docx）或 PDF 文件。` };
  let pages: PdfPage[];
  try {
    pages = await readPdf(file.bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `无法读取 ${file.name}（${why}）：请确认是未加密的 PDF 文件。`,
    };
  }
  const { blocks, dropped } = pdfBlocks(pages);
  if (!blocks.some((b) => b.kind === 'paragraph' && /[\p{Script=Han}]/u.test(b.text)))
    return {
      ok: false,
      message: `${file.name} 共 ${pages.length} 页，但没有可提取的中文文字：可能是扫描件，需先做文字识别（OCR），或改用 Word 原件（.docx）。`,
    };
  return {
    ok: true,
    blocks,
    pages,
    notes: [
      '由 PDF 导入：段落按版面重新拼接，请对照原文核对。',
      ...dropped.map((d) => `已略去第 ${d.page} 页的${d.why}“${d.text}”。`),
    ],
  };
}

/** The 1-based page whose text holds the start of `sentence`, ignoring line breaks and spaces. */
function pageOf(pages: readonly PdfPage[], sentence: string): number | undefined {
  const squash = (text: string) => text.replace(/\s+/g, '');
  const start = squash(sentence).slice(0, 12);
  if (!start) return undefined;
  return pages.find((p) => squash(p.lines.map((l) => l.cells.join('')).join('')).includes(start))
    ?.number;
}

/**
 * Fills the goals or the 自评表 of the report just imported from an indicator table (.xlsx, .csv),
 * through `npm run import -- <table>`, which edits only that field of the file in place.
 */
export async function importTable(
  path: string,
  options: { org: string; year: number; content: string },
): Promise<string[]> {
  const run = await runCli('import', [path, '--org', options.org, '--year', String(options.year)], {
    CONTENT_DIR: options.content,
  });
  return (run.code === 0 ? run.stdout : run.stderr).trim().split('\n');
}
