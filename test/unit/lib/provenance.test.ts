import { describe, expect, it } from 'vitest';
import { parseFieldPath, provenanceIssues } from '../../../src/lib/rules.ts';
import { formatIssues, publishBlockersOf } from '../../../src/schemas/issues.ts';
import { reportSchema } from '../../../src/schemas/report.ts';

const report = (provenance: unknown[]) =>
  reportSchema.parse({
    org: 'x',
    year: 2020,
    title: '某局2020年度部门整体支出绩效自评报告',
    unit: '万元',
    income: { total: 4805.67 },
    goals: [
      {
        area: '科技创新主体',
        indicators: [
          { id: 'tech-enterprises', name: '科技型企业', unit: '家', comparator: '>=', target: 380 },
        ],
      },
    ],
    provenance,
  });

describe('provenance', () => {
  it('reads field paths as validation messages spell them', () => {
    expect(parseFieldPath('income.total')).toEqual(['income', 'total']);
    expect(parseFieldPath('goals[0].indicators[2].target')).toEqual([
      'goals',
      0,
      'indicators',
      2,
      'target',
    ]);
    expect(parseFieldPath('goals..x')).toBeUndefined();
  });

  it('names each unconfirmed value, and blocks publishing only through it', () => {
    const issues = provenanceIssues(
      report([
        { field: 'income.total', quote: '收入预算4805.67万元' },
        {
          field: 'goals[0].indicators[0].target',
          quote: '科技型企业380家以上',
          unconfirmed: true,
        },
      ]),
      { file: 'r.mdx', body: '' },
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: 'goals[0].indicators[0].target',
      severity: 'unconfirmed',
      found: '导入时推测的数值 380，尚未确认',
    });
    expect(publishBlockersOf(issues)).toHaveLength(1);
    expect(formatIssues(issues)).toContain('待确认（导入时推测的数值，确认后才能发布）');
  });

  it('reports an entry whose field holds nothing, and never walks the prototype', () => {
    const issues = provenanceIssues(
      report([
        { field: 'expenditure.total', quote: '支出' },
        { field: 'income.constructor', quote: 'x', unconfirmed: true },
      ]),
      { file: 'r.mdx', body: '' },
    );
    expect(issues.map((i) => [i.path, i.severity])).toEqual([
      ['provenance[0].field', undefined],
      ['provenance[1].field', undefined],
    ]);
  });
});
