// The build's work beside Astro, in a child process while Astro renders the pages in its own:
// Astro uses one core, and this the other. It sends the pinyin vocabulary, then writes each
// report's data files and print stylesheet into the folder it is given. A child, not a worker
// thread, so that the memory it takes at 10000 reports is returned to the system when it exits.
import { mkdirSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { contentReportFiles, writeSiteFiles } from '../io/report-files.ts';
import { readSnapshot, readViews } from '../io/validated.ts';
import { siteVocabulary } from '../lib/search/vocabulary.ts';
import type { ReportView } from '../lib/view/index.ts';
import type { Report } from '../schemas/report.ts';
import { childMain } from './child.ts';

const [snapshot = '', filesDir = '', ...viewFiles] = process.argv.slice(2);
await childMain('拼音词表与数据文件程序', () => {
  const { orgs, reports, digest } = readSnapshot(snapshot);
  // The views the validate stage worked out from this very snapshot: none is worked out again.
  const views = readViews(viewFiles, digest);
  if (!views || views.length !== reports.length)
    throw new Error(`报告视图文件与校验结果不一致（${viewFiles.join('、')}）`);
  const byReport = new Map<string, ReportView>(
    views.map((view) => [`${view.report.org}/${view.report.year}`, view]),
  );
  const viewOf = (report: Report): ReportView => {
    const view = byReport.get(`${report.org}/${report.year}`);
    if (!view) throw new Error(`缺少报告视图：${report.org}/${report.year}`);
    return view;
  };
  const shards = siteVocabulary(
    [...orgs.values()],
    reports.map((r) => ({ data: r.data, body: r.body, searchText: viewOf(r.data).searchText })),
    (word) => pinyin(word, { toneType: 'none', type: 'array' }).join(' '),
  );
  process.send?.(shards);

  mkdirSync(filesDir, { recursive: true });
  writeSiteFiles(filesDir, contentReportFiles({ orgs, reports }, viewOf));
});
