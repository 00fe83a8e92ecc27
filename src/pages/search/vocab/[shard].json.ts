import type { APIRoute } from 'astro';
import { vocabularyShards } from '../../../data/search.ts';
import type { VocabEntry } from '../../../lib/search/pinyin.ts';

// Every letter gets a shard, empty or not, so the search page never asks for a missing file.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

export async function getStaticPaths() {
  const shards = await vocabularyShards();
  return LETTERS.map((shard) => ({
    params: { shard },
    props: { entries: shards.get(shard) ?? [] },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { entries: VocabEntry[] }).entries), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
