import type { APIRoute } from 'astro';
import { type SearchDocument, searchDocuments } from '../../../../data/search.ts';

export async function getStaticPaths() {
  return (await searchDocuments()).map((doc) => {
    const [, org = '', year = ''] = doc.url.split('/');
    return { params: { org, year }, props: { doc } };
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { doc: SearchDocument }).doc), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
