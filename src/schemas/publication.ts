import { z } from 'astro/zod';
import { dateSchema, textSchema } from './common.ts';

/**
 * The 政务公开 metadata printed above a published government document (索引号, 发布机构, 文号,
 * 成文日期, 时效性). Every field is optional: a report states what it states. 发布日期 is the
 * report's own `published` field and is not repeated here.
 */
export const publicationSchema = z
  .strictObject({
    /** 索引号: the document's number in the 政府信息公开目录, e.g. 11500101MB1234567X/2021-00012. */
    index: textSchema.optional().meta({ title: '索引号' }),
    /** 发布机构: the body that published the document, e.g. 重庆市万州区科学技术局. */
    publisher: textSchema.optional().meta({ title: '发布机构' }),
    /** 文号: the document number, e.g. 万州科发〔2021〕12号. */
    number: textSchema.optional().meta({ title: '文号' }),
    /** 成文日期: the date the document was signed. */
    written: dateSchema.optional().meta({ title: '成文日期' }),
    /** 时效性: whether the document is in force, e.g. 有效, 失效, 废止. */
    validity: textSchema.optional().meta({ title: '时效性' }),
  })
  .meta({ title: '政务公开信息' });

export type Publication = z.infer<typeof publicationSchema>;
