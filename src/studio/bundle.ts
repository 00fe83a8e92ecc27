// The studio's browser code, bundled with rolldown into memory each time the studio starts: it
// never touches dist/ or public/, so nothing of the studio can reach the published site.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

export interface ClientBundle {
  html: string;
  js: string;
  css: string;
}

const here = (name: string) => fileURLToPath(new URL(`./client/${name}`, import.meta.url));

export async function bundleClient(): Promise<ClientBundle> {
  const result = await build({
    input: here('main.ts'),
    write: false,
    platform: 'browser',
    logLevel: 'warn',
    output: { format: 'esm', minify: false },
  });
  const js = result.output.find((chunk) => chunk.type === 'chunk')?.code ?? '';
  return {
    html: readFileSync(here('index.html'), 'utf8'),
    js,
    css: readFileSync(here('style.css'), 'utf8'),
  };
}
