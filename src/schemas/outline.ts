import { z } from 'astro/zod';

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
 * The outline of one report's narrative: what the pages need of the body besides rendering it.
 * It is its own collection so the content store does not carry every body's text (78 % of the
 * store at 1000 reports), which Astro bundles into one module and parses again when it renders.
 */
export const outlineSchema = z
  .strictObject({
    /** The body's h2–h6 headings in order. */
    headings: z.array(bodyHeadingSchema).meta({ title: '正文标题' }),
  })
  .meta({ title: '正文提纲' });
