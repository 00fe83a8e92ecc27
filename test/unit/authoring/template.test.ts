import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFrontmatter } from '../../../src/authoring/frontmatter-yaml.ts';
import {
  bodySkeleton,
  describeIndicator,
  newReportDraft,
} from '../../../src/authoring/template.ts';
import { checkBody } from '../../../src/lib/body.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { fixtureSource } from '../../helpers.ts';

const previous = reportSchema.parse(fixtureSource().data);

describe('newReportDraft', () => {
  const { draft, notes, carried } = newReportDraft({
    org: 'test-ju',
    year: 2022,
    orgName: '测试局',
    previous,
  });
  const yaml = renderFrontmatter(draft, { notes });
  const data = parse(yaml);

  it('carries the structure forward and leaves every figure empty', () => {
    expect(data.goals).toEqual([
      {
        area: '测试目标',
        indicators: [
          {
            id: 'cases-closed',
            name: '办结案件',
            unit: '件',
            comparator: '>=',
            target: null,
            actual: null,
          },
          {
            id: 'satisfaction',
            name: '群众满意度',
            unit: '%',
            comparator: '>=',
            target: null,
            actual: null,
          },
          {
            id: 'open-data',
            name: '政务公开',
            comparator: 'qualitative',
            target: null,
            actual: null,
          },
        ],
      },
    ]);
    expect(data.staffing).toEqual([
      { unit: '测试局', authorized: null, active: null, retired: null, asOf: null },
    ]);
    expect(data.expenditure.classes).toEqual([
      { name: '一般公共服务支出', amount: null },
      { name: '住房保障支出', amount: null },
    ]);
    expect(data.income.total).toBeNull();
    expect(data.evaluation).toEqual({ score: null, grade: null, indicators: null });
    expect(data.problems).toEqual([]);
    expect(carried).toEqual({ areas: 1, indicators: 3, units: 1, classes: 2 });
  });

  it('fails validation until the author fills it in', () => {
    expect(reportSchema.safeParse(data).success).toBe(false);
  });

  it('explains each kind of field once, in Chinese, and shows last year only as a comment', () => {
    expect(yaml).toContain('  total: # 收入预算合计：年初预算数\n');
    expect(yaml.match(/# 金额\n/g)).toHaveLength(1);
    expect(yaml).toContain('# 2021 年：目标 ≥100件，实际 120件\n');
    expect(yaml).toContain(
      'title: # 报告标题：必填，按原文照录；如“测试局2022年度部门整体支出绩效自评报告”\n',
    );
    expect(yaml).toContain("comparator: '>='");
  });

  it('writes the same template with empty lists without an earlier report', () => {
    const empty = parse(renderFrontmatter(newReportDraft({ org: 'x', year: 2022 }).draft));
    expect(empty).toMatchObject({ staffing: [], goals: [], problems: [], measures: [] });
    expect(empty.expenditure.classes).toEqual([]);
  });
});

describe('describeIndicator', () => {
  it('words targets of each kind', () => {
    const base = { id: 'a', name: 'a', estimated: false } as const;
    expect(describeIndicator({ ...base, comparator: 'range', target: [1, 2], unit: '家' })).toBe(
      '目标 1–2家，实际 未说明',
    );
    expect(
      describeIndicator({
        ...base,
        comparator: '>',
        target: 50,
        unit: '家',
        actual: 60,
        estimated: true,
      }),
    ).toBe('目标 >50家，实际 60家（预计）');
    expect(
      describeIndicator({
        ...base,
        comparator: 'qualitative',
        target: '按时公开',
        actual: '已公开',
      }),
    ).toBe('目标 按时公开，实际 已公开');
  });
});

describe('bodySkeleton', () => {
  it('has the standard headings and passes the body check', () => {
    const body = bodySkeleton(2022, ['测试目标']);
    for (const heading of [
      '## 一、部门单位概况',
      '### （一）主要职能',
      '### （三）年度工作目标',
      '#### 1．测试目标',
      '## 二、绩效实现情况',
      '## 三、存在问题及改进措施',
    ]) {
      expect(body).toContain(`\n${heading}\n`);
    }
    expect(checkBody(body)).toEqual([]);
  });
});
