import { z } from 'astro/zod';
import { disclosureKeySchema } from './data.ts';

/** A heading of a report's narrative, with the anchor and outline level the page gives it. */
export const bodyHeadingSchema = z
  .strictObject({
    /** Markdown depth as written (2 for ##). */
    depth: z.number().int().min(2).max(6).meta({ title: '标题层级（原文）' }),
    /** Level in the outline, 0 for the top: skipped Markdown depths are closed up. */
    level: z.number().int().min(0).meta({ title: '目录层级' }),
    /** The anchor id the page gives it (s1, s1-2 …). */
    id: z.string().meta({ title: '锚点' }),
    /** The heading's text, markup dropped. */
    text: z.string().meta({ title: '标题文字' }),
    /** 1-based line within the body. */
    line: z.number().int().min(1).meta({ title: '行号' }),
  })
  .meta({ title: '正文标题' });

export type BodyHeading = z.infer<typeof bodyHeadingSchema>;

/**
 * What the 公开要素 judgement reads of a narrative besides its headings (`src/lib/disclosure-cues.ts`):
 * the label each line or table cell opens with, and which items the text mentions at all.
 */
export const bodyCuesSchema = z
  .strictObject({
    /** Labels that open a line or a table cell (`职能职责：…` gives 职能职责), in order. */
    leads: z
      .array(
        z.strictObject({
          text: z.string().meta({ title: '开头标签' }),
          line: z.number().int().min(1).meta({ title: '行号' }),
          /** The anchor of the section it stands in (`fulltext` before any heading). */
          anchor: z.string().meta({ title: '所在章节锚点' }),
        }),
      )
      .meta({ title: '段落开头标签' }),
    /** Keys of the 公开要素 whose words occur somewhere in the text. */
    mentioned: z.array(disclosureKeySchema).meta({ title: '正文提及的公开要素' }),
  })
  .meta({ title: '公开要素线索' });

export type BodyCues = z.infer<typeof bodyCuesSchema>;

/**
 * The outline of one report's narrative: what the pages need of the body besides rendering it.
 * It is its own collection so the content store does not carry every body's text (78 % of the
 * store at 1000 reports), which Astro bundles into one module and parses again when it renders.
 */
export const outlineSchema = z
  .strictObject({
    /** The body's h2–h6 headings in order. */
    headings: z.array(bodyHeadingSchema).meta({ title: '正文标题' }),
    /** Labels and mentions for the 公开要素; absent in an outline stored before they existed. */
    cues: bodyCuesSchema.optional(),
  })
  .meta({ title: '正文提纲' });

export type Outline = z.infer<typeof outlineSchema>;
