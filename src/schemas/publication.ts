import { z } from 'astro/zod';
import { dateSchema, textSchema } from './common.ts';

/**
 * The 政务公开 metadata printed above a published government document (索引号, 发布机构, 文号,
 * 成文日期, 时效性, 信息来源, 主题分类, 体裁分类, 公开范围, 公开方式). Every field is optional: a report states what it states. 发布日期 is the
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
    /** 信息来源: where the published text comes from, e.g. 区财政局. */
    source: textSchema.optional().meta({ title: '信息来源' }),
    /** 主题分类: the 政府信息公开目录's subject class, e.g. 财政、审计. */
    subject: textSchema.optional().meta({ title: '主题分类' }),
    /** 体裁分类: the kind of document, e.g. 报告, 公告公示. */
    genre: textSchema.optional().meta({ title: '体裁分类' }),
    /** 公开范围: who the document is open to, e.g. 面向全社会. */
    scope: textSchema.optional().meta({ title: '公开范围' }),
    /** 公开方式: how it is published, e.g. 主动公开. */
    mode: textSchema.optional().meta({ title: '公开方式' }),
  })
  .meta({ title: '政务公开信息' });

export type Publication = z.infer<typeof publicationSchema>;
