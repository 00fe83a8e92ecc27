/** A block of a Word document as mammoth converts it: a paragraph, a list item or a table. */
export type Block =
  | { kind: 'paragraph'; text: string; heading?: number; page?: number }
  | { kind: 'item'; text: string; ordered: boolean; depth: number; page?: number }
  | { kind: 'table'; rows: string[][]; page?: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Reads the blocks out of mammoth's HTML. Mammoth writes a small, regular subset (p, h1–h6,
 * ol/ul/li, table/tr/td, inline tags, br, img) with escaped text, so a tag scanner suffices and
 * no HTML parser is needed. Inline formatting is dropped (the words are kept); a line break
 * inside a paragraph starts a new paragraph; images are counted so the caller can say so.
 */
export function htmlBlocks(html: string): { blocks: Block[]; images: number } {
  const blocks: Block[] = [];
  const lists: boolean[] = [];
  let text: string | undefined;
  let heading: number | undefined;
  let table: string[][] | undefined;
  let cell: string[] | undefined;
  let images = 0;
  const flush = () => {
    if (text === undefined) return;
    const value = decode(text);
    if (cell) cell.push(value);
    else if (lists.length > 0)
      blocks.push({
        kind: 'item',
        text: value,
        ordered: lists.at(-1) ?? false,
        depth: lists.length - 1,
      });
    else blocks.push({ kind: 'paragraph', text: value, ...(heading ? { heading } : {}) });
    text = undefined;
  };
  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*?>|([^<]+)/g)) {
    const [, closing, rawName, chars] = match;
    if (chars !== undefined) {
      text = (text ?? '') + chars;
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const open = closing !== '/';
    if (name === 'p' || /^h[1-6]$/.test(name)) {
      flush();
      if (open) {
        text = '';
        heading = name === 'p' ? undefined : Number(name.slice(1));
      }
    } else if (name === 'li') {
      flush();
      if (open) text = '';
    } else if (name === 'ol' || name === 'ul') {
      flush();
      if (open) lists.push(name === 'ol');
      else lists.pop();
    } else if (name === 'br') {
      const keep = heading;
      flush();
      text = '';
      heading = keep;
    } else if (name === 'img') {
      images++;
    } else if (name === 'table' && open) {
      table = [];
    } else if (name === 'table') {
      if (table && table.length > 0) blocks.push({ kind: 'table', rows: table });
      table = undefined;
    } else if (name === 'tr' && open) {
      table?.push([]);
    } else if ((name === 'td' || name === 'th') && open) {
      cell = [];
    } else if (name === 'td' || name === 'th') {
      flush();
      table?.at(-1)?.push((cell ?? []).join(' ').trim());
      cell = undefined;
    }
  }
  flush();
  return { blocks, images };
}
