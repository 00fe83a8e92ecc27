// The build's work beside Astro, in a child process while Astro renders the pages in its own:
// Astro uses one core, and this the other. It sends the pinyin vocabulary, then writes each
// report's data files and print stylesheet into the folder it is given. A child, not a worker
// thread, so that the memory it takes at 10000 reports is returned to the system when it exits.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { readSnapshot } from '../io/validated.ts';
import { departmentsOf } from '../lib/departments.ts';
import { allReportFiles } from '../lib/report-files.ts';
import { siteVocabulary } from '../lib/search/vocabulary.ts';
import { childMain } from './child.ts';

const [snapshot = '', filesDir = ''] = process.argv.slice(2);
await childMain('拼音词表与数据文件程序', () => {
  const { orgs, reports } = readSnapshot(snapshot);
  const shards = siteVocabulary([...orgs.values()], reports, (word) =>
    pinyin(word, { toneType: 'none', type: 'array' }).join(' '),
  );
  process.send?.(shards);

  const departments = departmentsOf(
    orgs.entries(),
    reports.map((r) => r.data),
  );
  const outlines = new Map(reports.map((r) => [r.data, { headings: r.headings, cues: r.cues }]));
  mkdirSync(filesDir, { recursive: true });
  for (const file of allReportFiles(departments, outlines)) {
    const to = join(filesDir, file.path);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, file.text);
  }
});
