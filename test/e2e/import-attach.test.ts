// `npm run import -- … --attach` keeps the imported file as the report's original document.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/io/load.ts';
import { cli } from './site.ts';

describe('import --attach', () => {
  it('copies the Word file beside the report, lists it, and the copy passes the attachment checks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attach-'));
    cpSync('test/fixtures/minimal', join(dir, 'content'), { recursive: true });
    const docx = join(dir, '测试局 2022年 自评报告.docx');
    const paragraphs = [
      '测试局2022年度部门整体支出绩效自评报告',
      '一、部门概况',
      '测试局负责测试工作。',
    ];
    writeFileSync(
      docx,
      await Packer.toBuffer(
        new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }),
      ),
    );
    const env = { CONTENT_DIR: join(dir, 'content') };
    const run = cli('import', env, [docx, '--org', 'test-ju', '--year', '2022', '--attach']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const copy = join(dir, 'content/reports/test-ju/2022/测试局-2022年-自评报告.docx');
    expect(readFileSync(copy).equals(readFileSync(docx))).toBe(true);
    const mdx = readFileSync(join(dir, 'content/reports/test-ju/2022.mdx'), 'utf8');
    expect(mdx).toMatch(
      /attachments:\n\s+- file: 测试局-2022年-自评报告\.docx\n\s+title: 报告原文（Word）/,
    );
    // The draft itself still lacks figures; its attachment is in order.
    const issues = loadContent(join(dir, 'content')).issues;
    expect(
      issues.filter((i) => i.path.startsWith('attachments') || i.found.includes('未列出')),
    ).toEqual([]);

    // A different file under the same name is not replaced without --force.
    writeFileSync(copy, 'changed');
    const again = cli('import', env, [
      docx,
      '--org',
      'test-ju',
      '--year',
      '2022',
      '--attach',
      '--force',
    ]);
    expect(again.code).toBe(0);
    expect(readFileSync(copy).equals(readFileSync(docx))).toBe(true);
    expect(existsSync(copy)).toBe(true);
  });

  it('refuses --attach with --out', () => {
    const run = cli('import', {}, [
      'x.docx',
      '--org',
      'test-ju',
      '--year',
      '2022',
      '--attach',
      '--out',
      'y.mdx',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--attach 只用于写入 content/ 中的报告');
  });

  it('merges a report and an indicator table into one draft and attaches both originals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attach-many-'));
    cpSync('test/fixtures/minimal', join(dir, 'content'), { recursive: true });
    const docx = join(dir, '报告.docx');
    const paragraphs = [
      '测试局2022年度部门整体支出绩效自评报告',
      '一、部门概况',
      '（一）年度工作目标',
      '1．加强培训',
      '全年开展培训30场以上。',
      '二、绩效实现情况',
      '全年开展业务培训32场。',
    ];
    writeFileSync(
      docx,
      await Packer.toBuffer(
        new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }),
      ),
    );
    const table = join(dir, '自评表.csv');
    writeFileSync(
      table,
      '一级指标,二级指标,三级指标,分值,得分\n产出,数量,培训场次,10,9\n效果,满意度,服务对象满意度,10,10\n',
    );
    const env = { CONTENT_DIR: join(dir, 'content') };
    const run = cli('import', env, [docx, table, '--org', 'test-ju', '--year', '2022', '--attach']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const mdx = readFileSync(join(dir, 'content/reports/test-ju/2022.mdx'), 'utf8');
    expect(mdx).toMatch(/evaluation:[\s\S]*indicators:[\s\S]*服务对象满意度/);
    expect(mdx).toMatch(/target: 30[\s\S]*actual: 32/);
    expect(mdx).toMatch(/- file: 报告\.docx\n\s+title: 报告原文（Word）/);
    expect(mdx).toMatch(/- file: 自评表\.csv\n\s+title: 指标表（原文）/);
    for (const name of ['报告.docx', '自评表.csv'])
      expect(existsSync(join(dir, 'content/reports/test-ju/2022', name))).toBe(true);
    // The candidates are unconfirmed: validation refuses the draft and names them.
    const validate = cli('validate', env, []);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(/goals\[0\]\.indicators\[0\]\.target/);
  });
});
