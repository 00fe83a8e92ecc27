import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/io/load.ts';
import { disclosureIssues } from '../../../src/lib/rules.ts';
import { reportView } from '../../../src/lib/view/index.ts';
import { checkDraft } from '../../../src/studio/validate.ts';
import { copyTree, fixtureSource } from '../../helpers.ts';

describe('checkDraft (the 编辑台’s check before saving)', () => {
  const content = 'test/fixtures/site';
  const loaded = loadContent(content);

  it('finds in every saved report exactly what the loader and npm run validate find', () => {
    for (const r of loaded.reports) {
      const { data, body } = fixtureSource(r.file);
      const draft = checkDraft(content, r.data.org, r.data.year, data, body);
      const fromLoader = [
        ...loaded.issues.filter((i) => i.file === r.file),
        ...disclosureIssues(r.data, {
          file: r.file,
          body: r.body,
          parsed: { headings: r.headings, cues: r.cues },
        }),
      ];
      // Lines differ only in where they count from: the draft's body stands alone.
      const strip = (issues: typeof fromLoader) =>
        issues.map(({ line: _line, ...rest }) => rest).sort((a, b) => a.path.localeCompare(b.path));
      expect(strip(draft.issues), r.file).toEqual(strip(fromLoader));
      // The panel is judged as the published page judges it.
      expect(draft.disclosure).toEqual(
        reportView(r.data, { headings: r.headings, cues: r.cues }).disclosure,
      );
    }
  });

  it('names a draft filed under another department or year, and a broken body', () => {
    const dir = copyTree();
    try {
      const { data, body } = fixtureSource();
      const draft = checkDraft(dir, 'other-ju', 2022, data, `${body}\n正文 { 未闭合\n`);
      const text = draft.issues.map((i) => `${i.path}:${i.expected}`).join('\n');
      expect(text).toContain('org:与所在文件夹一致的“other-ju”');
      expect(text).toContain('year:与文件名一致的 2022');
      expect(text).toContain('合法的 MDX 正文');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives no panel while the frontmatter does not validate', () => {
    const { body } = fixtureSource();
    const draft = checkDraft(content, 'test-ju', 2021, { title: 1 }, body);
    expect(draft.disclosure).toBeUndefined();
    expect(draft.issues.length).toBeGreaterThan(0);
  });
});
