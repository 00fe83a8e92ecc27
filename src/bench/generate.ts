/**
 * Generates realistic, valid, fictional reports for the benchmark: the structure of the source
 * report, varied figures, wording and length, deterministic for a given seed.
 */

/** A small deterministic PRNG (mulberry32), so two benchmark runs build the same content. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BUREAUS = [
  '科学技术局',
  '教育委员会',
  '卫生健康委员会',
  '农业农村委员会',
  '商务委员会',
  '文化和旅游发展委员会',
  '生态环境局',
  '交通局',
  '民政局',
  '人力资源和社会保障局',
];
const CLASSES = [
  '一般公共服务支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '卫生健康支出',
  '节能环保支出',
  '农林水支出',
  '住房保障支出',
];
const AREAS = [
  '培育创新主体',
  '建设研发平台',
  '实施科研项目',
  '引育人才队伍',
  '完善服务能力',
  '营造创新生态',
  '推进体制改革',
  '助力乡村振兴',
];
const INDICATORS: [name: string, unit: string][] = [
  ['新培育科技型企业', '家'],
  ['高新技术企业数量', '家'],
  ['新增市级创新平台', '家'],
  ['组织实施区级科研项目', '项'],
  ['新培育创新创业团队', '支'],
  ['选派科技特派员', '名'],
  ['媒体宣传报道', '篇'],
  ['新培育科普基地', '家'],
  ['开展技术培训', '场'],
  ['培训人次', '人次'],
  ['发放知识价值信用贷款', '万元'],
  ['群众满意度', '%'],
];
const GRADES: [min: number, grade: string][] = [
  [90, '优'],
  [80, '良'],
  [60, '中'],
  [0, '差'],
];

export interface BenchDepartment {
  id: string;
  yaml: string;
}
export interface BenchReport {
  org: string;
  year: number;
  mdx: string;
}

const cents = (n: number) => (n / 100).toFixed(2).replace(/\.?0+$/, '') || '0';

/** Splits a total (in cents) into `n` positive parts that add up exactly. */
function split(total: number, n: number, rand: () => number): number[] {
  const weights = Array.from({ length: n }, () => 0.2 + rand());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[0] = (parts[0] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** How often a sentence of a prose paragraph is left out of a report (see `vary`). */
const LEFT_OUT = 0.15;

/**
 * Leaves out some sentences of each prose paragraph (at least one stays), a different choice per
 * report. Real departments word their narratives differently and at different length; copies of
 * one text hold the same words at the same positions on every page, which Pagefind's index (the
 * positions of every word on every page) compresses several times over: a thousand identical
 * narratives gave the reference sites a 1 MB index that wrote in 3 s less than the 6.5 MB index
 * of the same narratives moved by a few hundred words each (measured; see the README).
 * Headings, list items, tables and anything holding MDX syntax are kept whole.
 */
export function vary(text: string, rand: () => number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || /^\s*(#|\||[-*+>]\s|\d+[.)]\s)/.test(line) || /[{}<>]/.test(line))
        return line;
      const sentences = line.match(/[^。！？]+(?:[。！？]+|$)/g) ?? [line];
      if (sentences.length < 2) return line;
      const kept = sentences.filter(() => rand() >= LEFT_OUT);
      return (kept.length > 0 ? kept : sentences.slice(0, 1)).join('');
    })
    .join('\n');
}

/**
 * The source report's narrative, renamed, with its figures varied and some sentences left out, as
 * the body of a report.
 */
function body(
  template: string,
  name: string,
  year: number,
  rand: () => number,
  varied: boolean,
): string {
  return (varied ? vary(template, rand) : template)
    .replaceAll('万州区科技局', name)
    .replaceAll('区科技局', name)
    .replaceAll('2020', String(year))
    .replace(/\d+(\.\d+)?(?=[万家项名篇场人次个%])/g, (n) => {
      const scaled = Number(n) * (0.6 + rand() * 0.8);
      return n.includes('.') ? scaled.toFixed(2) : String(Math.max(1, Math.round(scaled)));
    });
}

export function generate(
  count: number,
  template: string,
  seed = 2026,
  /** Years per department: 10 by default; 40 for the many-years case. */
  perOrg = 10,
  /** Whether each report leaves out some sentences (`vary`); without, every narrative is the source's. */
  varied = true,
): { orgs: BenchDepartment[]; reports: BenchReport[] } {
  const rand = random(seed);
  // Ten years run 2016–2025 as before; longer histories start early enough to fit before 2030
  // (the schema accepts years from 1990).
  const firstYear = Math.min(2016, 2030 - perOrg);
  const orgCount = Math.ceil(count / perOrg);
  const orgs: BenchDepartment[] = [];
  const reports: BenchReport[] = [];
  for (let o = 0; o < orgCount; o++) {
    const id = `bench-${String(o + 1).padStart(4, '0')}`;
    const bureau = BUREAUS[o % BUREAUS.length] ?? '局';
    const name = `示例市第${o + 1}区${bureau}`;
    const short = `第${o + 1}区${bureau.replace(/委员会$/, '委').replace(/局$/, '局')}`;
    orgs.push({
      id,
      yaml: `name: ${name}\nshortName: ${short}\nregion: 示例市第${o + 1}区\ndemo: true\n`,
    });
    const classes = CLASSES.filter(() => rand() < 0.6).slice(0, 6);
    if (classes.length < 2) classes.push('一般公共服务支出', '住房保障支出');
    const indicators = INDICATORS.filter(() => rand() < 0.5).slice(0, 8);
    const years = Math.min(perOrg, count - o * perOrg);
    let previousTotal = 0;
    for (let y = 0; y < years; y++) {
      const year = firstYear + y;
      const total = Math.round((2000 + rand() * 8000) * 100);
      const parts = split(total, new Set(classes).size, rand);
      const score = 70 + Math.floor(rand() * 30);
      const grade = GRADES.find(([min]) => score >= min)?.[1] ?? '差';
      const change = previousTotal ? total - previousTotal : 0;
      const basic = Math.round(change * 0.7);
      const lines = [
        '---',
        `org: ${id}`,
        `year: ${year}`,
        `title: ${name}${year}年度部门整体支出绩效自评报告`,
        `published: ${year + 1}-0${1 + (y % 9)}-15`,
        'unit: 万元',
        'staffing:',
        `  - unit: ${short}`,
        `    authorized: ${20 + (o % 10)}`,
        `    active: ${18 + (o % 10)}`,
        `    retired: ${10 + y}`,
        'income:',
        `  total: ${cents(total)}`,
        '  sources:',
        `    generalBudget: ${cents(total)}`,
        ...(previousTotal ? ['  change:', `    amount: ${cents(change)}`] : []),
        'expenditure:',
        `  total: ${cents(total)}`,
        '  classes:',
        ...[...new Set(classes)].flatMap((c, i) => [
          `    - name: ${c}`,
          `      amount: ${cents(parts[i] ?? 0)}`,
        ]),
        ...(previousTotal
          ? [
              '  change:',
              `    amount: ${cents(change)}`,
              `    basic: ${cents(basic)}`,
              `    project: ${cents(change - basic)}`,
            ]
          : []),
        'goals:',
        ...AREAS.slice(0, 4).flatMap((area, a) => [
          `  - area: ${area}`,
          '    indicators:',
          ...indicators
            .filter((_, i) => i % 4 === a)
            .flatMap(([indicator, unit]) => {
              const target = Math.round(10 + rand() * 200);
              const stated = rand() < 0.7;
              const actual = Math.round(target * (0.8 + rand() * 0.5));
              const key = INDICATORS.findIndex(([n]) => n === indicator);
              return [
                `      - id: indicator-${key + 1}`,
                `        name: ${indicator}`,
                `        unit: '${unit}'`,
                "        comparator: '>='",
                `        target: ${target}`,
                ...(stated
                  ? [
                      `        actual: ${actual}`,
                      `        quote: 全年${indicator}${actual}${unit}。`,
                    ]
                  : []),
              ];
            }),
        ]),
        'evaluation:',
        `  score: ${score}`,
        `  grade: ${grade}`,
        'problems:',
        '  - id: performance-awareness',
        '    title: 预算绩效观念不强，工作质量待提高',
        'measures:',
        '  - id: budget-preparation',
        '    title: 细化预算编制工作，认真做好预算的编制',
        '---',
        '',
        body(template, short, year, rand, varied),
      ];
      reports.push({
        org: id,
        year,
        mdx: lines
          .join('\n')
          .replace(/ {4}indicators:\n(?= {2}- area| *evaluation:)/g, '    indicators: []\n'),
      });
      previousTotal = total;
    }
  }
  return { orgs, reports };
}
