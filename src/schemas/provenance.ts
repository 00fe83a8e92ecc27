import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/**
 * Where one imported value came from. The importer writes one entry per value it put into the
 * frontmatter; the 编辑台 shows `quote` beside the field. It is authoring metadata: the
 * published pages, JSON and CSV never show it.
 *
 * `unconfirmed: true` marks a value the importer only guessed (a goal read from prose, an actual
 * matched by shared words). Such a report can be validated, saved and previewed, but
 * `npm run build` refuses to publish it and names each value. An author confirms a value by
 * removing the marker: in the 编辑台 with 确认, or by deleting the `unconfirmed: true` line.
 */
export const provenanceEntrySchema = z
  .strictObject({
    /**
     * The frontmatter field the value sits in, as validation messages spell paths:
     * `income.total`, `goals[0].indicators[2].target`. It must name a field that holds a value.
     */
    field: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]*(?:\[\d+\]|\.[A-Za-z][A-Za-z0-9]*)*$/, {
        error: '字段路径，如 income.total 或 goals[0].indicators[2].target',
      })
      .meta({ title: '字段' }),
    /** The sentence (or table row) of the source document the value was read from, as printed. */
    quote: textSchema.meta({ title: '原句' }),
    /** The file it was read from: an attachment's file name or the imported file's name. */
    file: textSchema.optional().meta({ title: '来源文件' }),
    /** 1-based page of a PDF source. */
    page: z.number().int().min(1).max(100000).optional().meta({ title: '页码' }),
    /** The importer only guessed this value: it is not published until a person confirms it. */
    unconfirmed: z.literal(true).optional().meta({ title: '待确认' }),
  })
  .meta({ title: '导入来源' });

/** Every imported value with its source sentence, in any order. */
export const provenanceSchema = z.array(provenanceEntrySchema).meta({
  title: '导入来源',
  description: '导入工具记录的每个数值的原文出处；标记为待确认的数值须经人工确认后才能发布',
});

export type ProvenanceEntry = z.infer<typeof provenanceEntrySchema>;
