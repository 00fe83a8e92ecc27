import { describe, expect, it } from 'vitest';
import {
  clauseTargets,
  goalCandidates,
  proposeActuals,
} from '../../../src/authoring/goals-prose.ts';
import { pinyinId, readableIds } from '../../../src/authoring/ids.ts';

const target = (clause: string) =>
  clauseTargets(clause).map(({ comparator, target, unit, basis }) => ({
    comparator,
    target,
    unit,
    ...(basis ? { basis } : {}),
  }));

describe('clauseTargets', () => {
  it.each([
    ['全区科技型企业达到380家以上', '>=', 380, '家'],
    ['高新技术企业超过50家', '>', 50, '家'],
    ['投诉办结时间15天以内', '<=', 15, '天'],
    ['公用经费不超过120万元', '<=', 120, '万元'],
    ['新增市级创新平台1-2家', 'range', [1, 2], '家'],
    ['科普覆盖人数达到5000人', '>=', 5000, '人'],
    ['争取在市级媒体宣传报道科技创新年度排名全市前10以内', '<=', 10, '名'],
    ['推荐5支区级创新创业团队参加市级评选', '=', 5, '支'],
    ['农产品加工总产值318亿元', undefined, 318, '亿元'],
  ])('%s', (clause, comparator, value, unit) => {
    expect(target(clause)).toEqual([{ comparator, target: value, unit }]);
  });

  it('reads a growth target as basis growth, and several targets in one clause', () => {
    expect(target('增长6%以上')).toEqual([
      { comparator: '>=', target: 6, unit: '%', basis: 'growth' },
    ]);
    expect(target('开展培训30场以上、2000人次以上')).toEqual([
      { comparator: '>=', target: 30, unit: '场' },
      { comparator: '>=', target: 2000, unit: '人次' },
    ]);
  });

  it('takes no date or year for a target', () => {
    expect(target('力争到2020年底')).toEqual([]);
  });
});

const blocks = [
  '（三）年度工作目标',
  '根据年初工作计划确定工作目标如下：',
  '1．加快培育科技创新主体',
  '力争到2020年底，全区科技型企业达到380家以上，高新技术企业超过50家。',
  '2．大力营造创新生态环境',
  '在区级媒体刊登科技创新宣传报道50篇以上。举办好科技活动周等活动，营造良好社会氛围。开展培训30场以上、2000人次以上。',
  '（四）预算执行情况',
  '2020年年初预算数4805.67万元。',
  '二、绩效实现情况',
  '新培育市级科技型企业129家，总量达462家，同比增长38.7%。第一批已新认定10家，预计全年高新技术企业总数达60家。',
  '在各级媒体刊登科技创新新闻报道322篇，其中国家、市级媒体68篇，区级媒体108篇。',
  '三、存在的问题',
  '培训40场。',
].map((text, i) => ({ text, page: i < 8 ? 1 : 2 }));

describe('goalCandidates and proposeActuals', () => {
  const areas = goalCandidates(blocks);
  proposeActuals(areas, blocks);

  it('follows the numbering of the section for areas, with numeric and qualitative candidates', () => {
    expect(areas.map((a) => a.area)).toEqual(['加快培育科技创新主体', '大力营造创新生态环境']);
    expect(areas[0]?.indicators.map((i) => [i.name, i.comparator, i.target, i.unit])).toEqual([
      ['全区科技型企业', '>=', 380, '家'],
      ['高新技术企业', '>', 50, '家'],
    ]);
    const second = areas[1]?.indicators ?? [];
    expect(second.map((i) => i.comparator)).toEqual(['>=', 'qualitative', '>=', '>=']);
    expect(second[1]?.target).toBe('举办好科技活动周等活动，营造良好社会氛围');
    expect(second[0]?.targetSource).toEqual({
      sentence: '在区级媒体刊登科技创新宣传报道50篇以上。',
      page: 1,
    });
  });

  it('proposes actuals with the same unit and shared terms, totals and labelled parts first', () => {
    const [enterprises, highTech] = areas[0]?.indicators ?? [];
    expect(enterprises?.actual).toMatchObject({ value: 462, estimated: false, growthRate: 38.7 });
    expect(enterprises?.actual?.source.page).toBe(2);
    expect(highTech?.actual).toMatchObject({ value: 60, estimated: true });
    expect(areas[1]?.indicators[0]?.actual?.value).toBe(108);
    // The sessions of the problems section are no outcome.
    expect(areas[1]?.indicators[2]?.actual).toBeUndefined();
  });
});

describe('readable ids', () => {
  it('spells the name in pinyin, keeps an earlier year id, and never reuses one', () => {
    expect(pinyinId('全区科技型企业')).toBe('quan-qu-ke-ji-xing-qi');
    const known = new Map([['全区科技型企业数量', 'tech-enterprises']]);
    expect(readableIds(['全区科技型企业', '高新技术企业', '高新技术企业'], known)).toEqual([
      'tech-enterprises',
      'gao-xin-ji-shu-qi-ye',
      'gao-xin-ji-shu-qi-ye-2',
    ]);
  });
});

describe('goal areas without their numbers', () => {
  it('takes a short line without a sentence for an area, as Word lists lose their numbering', () => {
    const areas = goalCandidates(
      ['年度工作目标', '加快培育科技创新主体', '高新技术企业超过50家。', '（四）预算执行情况'].map(
        (text) => ({ text }),
      ),
    );
    expect(areas.map((a) => [a.area, a.indicators.map((i) => i.target)])).toEqual([
      ['加快培育科技创新主体', [50]],
    ]);
  });
});
