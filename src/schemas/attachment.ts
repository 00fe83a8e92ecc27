import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** The kinds of original document a report may carry, known by their bytes. */
export const attachmentKindSchema = z
  .enum(['pdf', 'docx', 'xlsx', 'csv'])
  .meta({ title: '文件类型' });

/**
 * An original document (the published PDF, the Word file, the 自评表 spreadsheet) kept beside the
 * report in `content/reports/<org>/<year>/` and published for download at a stable address.
 */
export const attachmentSchema = z
  .strictObject({
    /** The file's name inside `content/reports/<org>/<year>/`, e.g. 原文.pdf. */
    file: z
      .string()
      .regex(/^[\p{L}\p{N}_\-（）()]+(?:\.[\p{L}\p{N}_\-（）()]+)*\.(?:pdf|docx|xlsx|csv)$/u, {
        error: '文件夹中的文件名，扩展名为 .pdf、.docx、.xlsx 或 .csv，不含空格和斜杠，如 原文.pdf',
      })
      .meta({ title: '文件名' }),
    /** What the file is, as a reader sees it, e.g. 报告原文（PDF）, 自评表. */
    title: textSchema.meta({ title: '文件说明' }),
  })
  .meta({ title: '原文附件' });

export type Attachment = z.infer<typeof attachmentSchema>;
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;
