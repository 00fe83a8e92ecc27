// `npm run dev`: while the content has errors, every page shows them instead of a stale preview,
// in the form `npm run validate` prints. A build never gets here with errors (the loader stops it).
import { defineMiddleware } from 'astro:middleware';
import { validationErrors } from './data/collections.ts';
import { escapeHtml } from './lib/escape.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!import.meta.env.DEV) return next();
  const errors = await validationErrors();
  if (!errors) return next();
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>内容校验未通过</title></head><body><h1>内容校验未通过</h1><p>请按下列提示修改文件，保存后刷新本页。</p><pre>${escapeHtml(errors)}</pre></body></html>`;
  return new Response(html, {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
});
