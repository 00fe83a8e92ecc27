// The authoring commands as authors run them: `new` from the standard template, `import` of a Word
// report into a draft, and `import` of indicator tables into an existing report.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/body.ts';
import { parseMdx } from '../../src/lib/frontmatter.ts';
import { type Report, reportSchema } from '../../src/schemas/report.ts';
import { MINIMAL, MINIMAL_REPORT } from '../helpers.ts';
import { writePdf } from '../pdf.ts';
import { cli, type Run } from './site.ts';

const temp = mkdtempSync(join(tmpdir(), 'authoring-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs `src/cli/<script>.ts` as `npm run <script>` does, against the given content tree. */
const run = (script: 'new' | 'import', args: string[], contentDir: string): Run =>
  cli(script, { CONTENT_DIR: contentDir }, args);

function copy(from: string): string {
  const dir = mkdtempSync(join(temp, 'content-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

function read(file: string): { data: Record<string, any>; body: string } {
  const parsed = parseMdx(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.found}`);
  return { data: parsed.source.data as Record<string, any>, body: parsed.source.body };
}

describe('npm run import -- report.docx', () => {
  const sourceLines = readFileSync('test/fixtures/source/wanzhou-kjj-2020.txt', 'utf8')
    .split('\n')
    .map((line) => line.replace('[bookmark: _GoBack]', ''))
    .filter((line) => line.trim() !== '');
  const docx = join(temp, '万州区科技局2020年度部门整体支出绩效自评报告.docx');
  const out = join(temp, 'draft.mdx');
  const content = copy('test/fixtures/site');
  const args = [docx, '--org', 'wanzhou-kjj', '--year', '2020', '--out', out];
  const transcribed = reportSchema.parse(
    read('test/fixtures/site/reports/wanzhou-kjj/2020.mdx').data,
  );
  let first: Run;
  let draft: ReturnType<typeof read>;
  let report: Report;

  beforeAll(async () => {
    const document = new Document({
      sections: [
        { children: sourceLines.map((line) => new Paragraph({ children: [new TextRun(line)] })) },
      ],
    });
    writeFileSync(docx, await Packer.toBuffer(document));
    first = run('import', args, content);
    draft = read(out);
    report = reportSchema.parse(draft.data);
  });

  it('writes a draft and says what to do next', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✓ 草稿已写入');
    expect(first.stdout).toContain('npm run validate');
    // Goals come as candidates from the prose, each value waiting for confirmation.
    expect(first.stdout).toContain('由“年度工作目标”推测的候选指标');
    expect(first.stdout).toMatch(/其中 \d+ 个数值是推测的候选值/);
    expect(draft.data['goals'][0]).toMatchObject({
      area: '加快培育科技创新主体',
      indicators: [
        { name: '全区科技型企业', comparator: '>=', target: 380, unit: '家', actual: 462 },
        {},
      ],
    });
    expect(draft.data['provenance']).toContainEqual({
      field: 'goals[0].indicators[0].target',
      quote: '力争到2020年底，全区科技型企业达到380家以上，高新技术企业超过50家。',
      file: '万州区科技局2020年度部门整体支出绩效自评报告.docx',
      unconfirmed: true,
    });
  });

  it('prints each figure with the sentence it came from', () => {
    expect(first.stdout).toContain(
      '  原文：区科技信息中心编制20人，截止2020年末，在职在编人员18人，退休人员17人。\n' +
        '    ✓ staffing[1].unit（人员情况 › 第2项 › 单位名称）：“区科技信息中心”\n' +
        '    ✓ staffing[1].authorized（人员情况 › 第2项 › 编制数）：20\n',
    );
    expect(first.stdout).toContain('原文作“住房保障”，按支出功能分类全称记为“住房保障支出”');
  });

  it('has the figures of the hand transcription', () => {
    expect(report.title).toBe(transcribed.title);
    expect(report.unit).toBe(transcribed.unit);
    expect(report.income?.total).toBe(transcribed.income?.total);
    expect(report.income?.sources).toEqual(transcribed.income?.sources);
    expect(report.income?.change).toEqual(transcribed.income?.change);
    expect(report.expenditure?.total).toBe(transcribed.expenditure?.total);
    expect(report.expenditure?.classes).toEqual(transcribed.expenditure?.classes);
    expect(report.expenditure?.change).toEqual(transcribed.expenditure?.change);
    expect(report.staffing).toEqual(transcribed.staffing);
    expect(report.evaluation).toEqual(transcribed.evaluation);
    expect(report.problems.map((p) => p.title)).toEqual(transcribed.problems.map((p) => p.title));
    expect(report.measures.map((m) => m.title)).toEqual(transcribed.measures.map((m) => m.title));
  });

  it('keeps the headings and a body the build accepts', () => {
    for (const heading of [
      '## 一、部门单位概况',
      '### （一）主要职能',
      '### （二）人员情况',
      '#### 1．加快培育科技创新主体',
      '#### 1．收入预算',
      '### （二）部门整体支出绩效评价',
      '## 三、绩效中存在问题及改进措施',
      '#### 3．持续抓好“三公”经费控制管理',
    ]) {
      expect(draft.body).toContain(`\n${heading}\n`);
    }
    expect(draft.body).toContain('\n1. 拟订全区创新驱动发展战略方针');
    expect(checkBody(draft.body)).toEqual([]);
  });

  it('flags the Word auto-numbering left in two headings instead of rewording them', () => {
    expect(draft.body).toContain('\n### （3）年度工作目标\n');
    expect(draft.body).toContain('\n## 2、绩效实现情况\n');
    expect(first.stdout).toContain('疑为 Word 自动编号残留（按上下文应为“（三）”）');
  });

  it('has every number of the source in the draft, as often as the source has it', () => {
    const count = (text: string) => {
      const counts = new Map<string, number>();
      for (const n of text.match(/\d+(?:\.\d+)?/g) ?? []) counts.set(n, (counts.get(n) ?? 0) + 1);
      return counts;
    };
    // The first two lines are the title, which goes to the frontmatter.
    const inBody = count(draft.body);
    const missing = [...count(sourceLines.slice(2).join('\n'))].filter(
      ([n, times]) => (inBody.get(n) ?? 0) < times,
    );
    expect(missing).toEqual([]);
    expect(report.title).toBe(sourceLines.slice(0, 2).join(''));
  });

  it('refuses to overwrite the draft without --force, and overwrites with it', () => {
    writeFileSync(out, 'edited by hand');
    const again = run('import', args, content);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('已存在，未做任何改动');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('edited by hand');
    expect(run('import', [...args, '--force'], content).code).toBe(0);
    expect(read(out).data['evaluation']).toEqual({ score: 97, grade: '优' });
  });

  it('refuses an unknown department', () => {
    const result = run('import', [docx, '--org', 'nosuch', '--year', '2020'], content);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('找不到部门文件');
    expect(result.stderr).toContain('nosuch.yaml');
  });
});

describe('npm run import -- report.pdf', () => {
  const sourceLines = readFileSync('test/fixtures/source/wanzhou-kjj-2020.txt', 'utf8')
    .split('\n')
    .map((line) => line.replace('[bookmark: _GoBack]', ''))
    .filter((line) => line.trim() !== '');
  const header = '重庆市万州区科学技术局2020年度部门整体支出绩效自评报告';
  const pdf = join(temp, '万州区科技局2020年度部门整体支出绩效自评报告.pdf');
  const out = join(temp, 'draft-pdf.mdx');
  const content = copy('test/fixtures/site');
  const transcribed = reportSchema.parse(
    read('test/fixtures/site/reports/wanzhou-kjj/2020.mdx').data,
  );
  let result: Run;
  let draft: ReturnType<typeof read>;
  let report: Report;

  beforeAll(async () => {
    writeFileSync(
      pdf,
      await writePdf({
        title: sourceLines.slice(0, 2),
        paragraphs: sourceLines.slice(2),
        header,
        footer: (n) => `— ${n} —`,
      }),
    );
    result = run('import', [pdf, '--org', 'wanzhou-kjj', '--year', '2020', '--out', out], content);
    draft = read(out);
    report = reportSchema.parse(draft.data);
  });

  it('writes a draft from a multi-page PDF, listing the page numbers and headers it left out', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ 草稿已写入');
    expect(result.stdout).toContain('已略去第 1 页的页码“— 1 —”');
    expect(result.stdout).toContain(`已略去第 2 页的页眉“${header}”`);
    expect(draft.body).not.toContain(header);
    expect(draft.body).not.toMatch(/— \d+ —/);
  });

  it('has the figures of the hand transcription', () => {
    expect(report.title).toBe(transcribed.title);
    expect(report.unit).toBe(transcribed.unit);
    expect(report.income).toEqual(transcribed.income);
    expect(report.expenditure?.total).toBe(transcribed.expenditure?.total);
    expect(report.expenditure?.classes).toEqual(transcribed.expenditure?.classes);
    expect(report.expenditure?.change).toEqual(transcribed.expenditure?.change);
    expect(report.staffing).toEqual(transcribed.staffing);
    expect(report.evaluation).toEqual(transcribed.evaluation);
    expect(report.problems.map((p) => p.title)).toEqual(transcribed.problems.map((p) => p.title));
    expect(report.measures.map((m) => m.title)).toEqual(transcribed.measures.map((m) => m.title));
  });

  it('rebuilds the headings and rejoins every paragraph without spaces inside the Chinese', () => {
    for (const heading of [
      '## 一、部门单位概况',
      '### （二）人员情况',
      '#### 1．加快培育科技创新主体',
      '## 三、绩效中存在问题及改进措施',
    ]) {
      expect(draft.body).toContain(`\n${heading}\n`);
    }
    expect(checkBody(draft.body)).toEqual([]);
    // Every sentence of the source's long paragraphs, broken over several PDF lines, comes back
    // whole (headings take a paragraph's lead sentence, and duty items become a list).
    const body = draft.body.replaceAll('\\', '');
    const pieces = sourceLines
      .filter((l) => l.length > 120)
      .flatMap((l) => l.split(/[。；]/))
      .map((p) => p.trim().replace(/^\d+．/, ''))
      .filter((p) => p.length > 10);
    expect(pieces.length).toBeGreaterThan(50);
    expect(pieces.filter((p) => !body.includes(p))).toEqual([]);
    expect(draft.body).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
  });

  it('refuses a PDF without text, and one that is not a PDF', async () => {
    const scanned = join(temp, 'scan.pdf');
    writeFileSync(scanned, await writePdf({ title: [], paragraphs: [] }));
    const empty = run(
      'import',
      [scanned, '--org', 'wanzhou-kjj', '--year', '2020', '--out', join(temp, 'x.mdx')],
      content,
    );
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain('没有可提取的中文文字');
    const broken = join(temp, 'broken.pdf');
    writeFileSync(broken, 'not a pdf');
    const bad = run(
      'import',
      [broken, '--org', 'wanzhou-kjj', '--year', '2020', '--out', join(temp, 'y.mdx')],
      content,
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('无法读取');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(temp, 'x.mdx')) || existsSync(join(temp, 'y.mdx'))).toBe(false);
  });
});

describe('npm run import -- report.pdf with the optional blocks', () => {
  it('fills 预算执行, the split with its shares, the 三公经费 and staffing, and the draft validates', async () => {
    const content = copy(MINIMAL);
    const pdf = join(temp, 'blocks.pdf');
    writeFileSync(
      pdf,
      await writePdf({
        title: ['测试市测试区测试局', '2022年度部门整体支出绩效自评报告'],
        paragraphs: [
          '一、部门基本情况',
          '测试局系统由3家单位组成。测试局系统人员编制30名，其中：行政编制20名，事业编制10名。2022年末实有在职人数28人，离退休人数12人，实有公务用车2辆。',
          '二、预算执行情况',
          '本年度上年结转12.00万元，年初预算333.19万元，追加预算16.08万元，全年预算361.27万元；全年执行数350.37万元，预算完成率96.98%。其中基本支出244.41万元，占69.76%；项目支出105.96万元，占30.24%。',
          '2022年“三公”经费预算数10.5万元，实际支出8.2万元，其中：因公出国（境）费0万元，公务用车购置及运行费6万元（其中：公务用车购置费0万元，公务用车运行维护费6万元），公务接待费2.2万元。',
          '三、自评结论',
          '经自评，本部门自评得分为91分，自评等级为优。',
        ],
        header: '测试局2022年度部门整体支出绩效自评报告',
        footer: (n) => `- ${n} -`,
      }),
    );
    const result = run('import', [pdf, '--org', 'test-ju', '--year', '2022'], content);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = reportSchema.parse(read(join(content, 'reports/test-ju/2022.mdx')).data);
    expect(report.unit).toBe('万元');
    expect(report.staffing).toEqual([
      {
        unit: '测试局系统',
        units: 3,
        authorized: 30,
        posts: { administrative: 20, institution: 10 },
        active: 28,
        retirees: 12,
        vehicles: 2,
        asOf: '2022年末',
      },
    ]);
    expect(report.expenditure).toEqual({
      split: { basic: 244.41, project: 105.96, basicPercent: 69.76, projectPercent: 30.24 },
      execution: {
        carryover: 12,
        initial: 333.19,
        supplement: 16.08,
        adjusted: 361.27,
        actual: 350.37,
        ratePercent: 96.98,
      },
    });
    expect(report.threePublic).toEqual({
      total: { budget: 10.5, actual: 8.2 },
      abroad: { actual: 0 },
      vehicles: { actual: 6, purchase: { actual: 0 }, operation: { actual: 6 } },
      reception: { actual: 2.2 },
    });
    expect(report.evaluation).toMatchObject({ score: 91, grade: '优' });
    // The draft is a report the site accepts as it stands: every sum and rate checks out.
    const validate = cli('validate', { CONTENT_DIR: content });
    expect(validate.stdout + validate.stderr).not.toContain('✗');
    expect(validate.code).toBe(0);
  });
});

describe('npm run import -- indicator table', () => {
  const body = read(MINIMAL_REPORT).body;

  async function xlsx(rows: (string | number | null)[][], merge?: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('自评表');
    for (const row of rows) sheet.addRow(row);
    if (merge) sheet.mergeCells(merge);
    const file = join(temp, `table-${rows.length}-${merge ?? 'plain'}.xlsx`);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  function check(content: string) {
    const file = join(content, 'reports/test-ju/2021.mdx');
    const { data, body: after } = read(file);
    expect(after).toBe(body);
    return reportSchema.parse(data);
  }

  it('fills the 自评表 from an .xlsx with merged cells and MoF column names', async () => {
    const file = await xlsx(
      [
        ['部门整体支出绩效自评表'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '分值', '得分'],
        ['投入', '预算执行', '预算完成率', '≥95%', '96.8%', 30, 30],
        [null, null, '结转结余率', '≤5%', '3%', 10, 9.5],
        ['产出', '数量', '实际完成率', '100%', '98%', 60, 53],
      ],
      'A3:A4',
    );
    const content = copy(MINIMAL);
    const result = run('import', [file, '--org', 'test-ju', '--year', '2021'], content);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('工作表“自评表”');
    expect(result.stdout).toContain('evaluation.indicators（绩效自评 › 自评表）');
    expect(result.stdout).toContain('npm run validate');
    const report = check(content);
    expect(report.evaluation?.indicators).toEqual([
      {
        level1: '投入',
        level2: '预算执行',
        level3: '预算完成率',
        weight: 30,
        score: 30,
        target: '≥95%',
        actual: '96.8%',
      },
      {
        level1: '投入',
        level2: '预算执行',
        level3: '结转结余率',
        weight: 10,
        score: 9.5,
        target: '≤5%',
        actual: '3%',
      },
      {
        level1: '产出',
        level2: '数量',
        level3: '实际完成率',
        weight: 60,
        score: 53,
        target: '100%',
        actual: '98%',
      },
    ]);
    expect(report.evaluation?.score).toBe(92.5);
  });

  it('reads a plain “CSV” that Chinese Excel saved in GBK', () => {
    const content = copy(MINIMAL);
    const csv = join(temp, 'gbk.csv');
    const text = readFileSync('test/fixtures/authoring/indicators.csv', 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    writeFileSync(csv, iconv.encode(text.replaceAll('\n', '\r\n'), 'gbk'));
    const result = run('import', [csv, '--org', 'test-ju', '--year', '2021'], content);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已按 GBK');
    const report = check(content);
    expect(report.evaluation?.indicators?.map((i) => [i.level3, i.score, i.note])).toEqual([
      ['绩效目标合理性', 38, '目标表述不够细化, 已修订'],
      ['实际完成率', 54.5, undefined],
    ]);
  });

  it('fills the 自评表 from a .csv with other column names, leaving the rest of the file as it was', () => {
    const content = copy(MINIMAL);
    const file = join(content, 'reports/test-ju/2021.mdx');
    const before = readFileSync(file, 'utf8');
    const result = run(
      'import',
      ['test/fixtures/authoring/indicators.csv', '--org', 'test-ju', '--year', '2021'],
      content,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('第4行是合计行，已跳过。');
    const report = check(content);
    expect(report.evaluation?.indicators).toEqual([
      {
        level1: '投入',
        level2: '目标设定',
        level3: '绩效目标合理性',
        weight: 40,
        score: 38,
        target: '合理',
        actual: '合理',
        note: '目标表述不够细化, 已修订',
      },
      {
        level1: '产出',
        level2: '数量指标',
        level3: '实际完成率',
        weight: 60,
        score: 54.5,
        target: '≥95%',
        actual: '96%',
      },
    ]);
    const after = readFileSync(file, 'utf8');
    const start = before.indexOf('  indicators:\n    - level1');
    expect(after.slice(0, start)).toBe(before.slice(0, start));
    expect(after.slice(after.indexOf('problems:'))).toBe(before.slice(before.indexOf('problems:')));
  });

  it('fills the goals from a table, keeping the ids of known indicators', () => {
    const content = copy(MINIMAL);
    const result = run(
      'import',
      [
        'test/fixtures/authoring/goals.csv',
        '--org',
        'test-ju',
        '--year',
        '2021',
        '--table',
        'goals',
      ],
      content,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = check(content);
    expect(report.goals).toEqual([
      {
        area: '数量指标',
        indicators: [
          {
            id: 'cases-closed',
            name: '办结案件',
            unit: '件',
            comparator: '>=',
            target: 100,
            actual: 120,
            estimated: false,
          },
          {
            id: 'indicator-1',
            name: '新增服务网点',
            unit: '个',
            comparator: 'range',
            target: [1, 2],
            actual: 2,
            estimated: true,
          },
        ],
      },
      {
        area: '质量指标',
        indicators: [
          {
            id: 'satisfaction',
            name: '群众满意度',
            unit: '%',
            comparator: '>=',
            target: 90,
            actual: 93,
            estimated: false,
          },
        ],
      },
      {
        area: '社会效益指标',
        indicators: [
          {
            id: 'open-data',
            name: '政务公开',
            comparator: 'qualitative',
            target: '按时公开预决算信息',
            actual: '已按时公开',
            estimated: false,
          },
        ],
      },
    ]);
  });

  it('refuses a table without a required column, naming the columns it found', async () => {
    const file = await xlsx([
      ['序号', '一级指标', '三级指标', '指标值', '分值'],
      [1, '投入', '预算完成率', '≥95%', 30],
    ]);
    const content = copy(MINIMAL);
    const before = readFileSync(join(content, 'reports/test-ju/2021.mdx'), 'utf8');
    const result = run(
      'import',
      [file, '--org', 'test-ju', '--year', '2021', '--table', 'indicators'],
      content,
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('字段：evaluation.indicators（绩效自评 › 自评表）');
    expect(result.stderr).toContain('“得分”（或 “指标得分”、“自评得分”、“评分”）');
    expect(result.stderr).toContain(
      '找到的列：A“序号”、B“一级指标”、C“三级指标”、D“指标值”、E“分值”',
    );
    expect(result.stderr).toContain('未做任何改动');
    expect(readFileSync(join(content, 'reports/test-ju/2021.mdx'), 'utf8')).toBe(before);
  });

  it('refuses a report that does not exist yet', () => {
    const result = run(
      'import',
      ['test/fixtures/authoring/goals.csv', '--org', 'test-ju', '--year', '2030'],
      copy(MINIMAL),
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('找不到报告文件');
    expect(result.stderr).toContain('npm run new -- test-ju 2030');
  });
});

describe('npm run new', () => {
  const content = copy('test/fixtures/site');

  it('starts next year from the latest report, carrying goals forward without their figures', () => {
    const result = run('new', ['demo', '2025'], content);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('reports/demo/2025.mdx');
    expect(result.stdout).toContain('npm run validate');
    expect(result.stdout).toContain('无法通过校验，这是有意的');
    const created = read(join(content, 'reports/demo/2025.mdx'));
    const previous = reportSchema.parse(read('test/fixtures/site/reports/demo/2024.mdx').data);
    const shape = (goals: any[]) =>
      goals.map((area) => ({
        area: area.area,
        indicators: area.indicators.map(({ id, name, unit, comparator }: any) => ({
          id,
          name,
          unit,
          comparator,
        })),
      }));
    expect(shape(created.data['goals'])).toEqual(shape(previous.goals ?? []));
    for (const indicator of created.data['goals'].flatMap((area: any) => area.indicators)) {
      expect(indicator.target).toBeNull();
      expect(indicator.actual).toBeNull();
    }
    expect(created.data['staffing']).toEqual([
      { unit: '示例局机关', authorized: null, active: null, retired: null, asOf: null },
    ]);
    expect(created.data['expenditure'].classes.map((c: any) => c.name)).toEqual(
      (previous.expenditure?.classes ?? []).map((c) => c.name),
    );
    expect(created.data['problems']).toEqual([]);
    expect(checkBody(created.body)).toEqual([]);
    expect(created.body).toContain('\n## 一、部门单位概况\n');
    expect(created.body).toContain('\n## 三、存在问题及改进措施\n');
  });

  it('refuses to overwrite an existing report', () => {
    const file = join(content, 'reports/demo/2024.mdx');
    const before = readFileSync(file, 'utf8');
    const result = run('new', ['demo', '2024'], content);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('已存在，未做任何改动');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an unknown department, naming the missing file', () => {
    const result = run('new', ['nosuch', '2025'], content);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('找不到部门文件');
    expect(result.stderr).toContain(join('orgs', 'nosuch.yaml'));
    expect(existsSync(join(content, 'reports/nosuch'))).toBe(false);
  });

  it('writes the empty template for a department without earlier reports', () => {
    const result = run('new', ['demo', '2017'], content);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('没有 2017 年以前的报告');
    const created = read(join(content, 'reports/demo/2017.mdx')).data;
    expect(created).toMatchObject({ staffing: [], goals: [], problems: [], measures: [] });
  });
});
