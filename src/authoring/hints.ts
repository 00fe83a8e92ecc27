// What an author needs to know to fill each field of a report, beside its schema title. Keys are
// field paths with list positions written [] (goals[].indicators[].target).

export const FIELD_HINTS: Readonly<Record<string, string>> = {
  org: 'content/orgs/ 下部门文件的文件名（不含 .yaml）',
  year: '本报告评价的预算年度',
  title: '必填，按原文照录',
  published: '选填，写作 YYYY-MM-DD；不知道则删除本行',
  unit: '必填，万元 或 元；本报告的全部金额都用这一单位',
  source: '选填，没有则删除整段',
  'source.url': '选填，以 https:// 开头的网址',
  'source.file': '选填，原文的文件名',
  related: '选填，同年度的预算、决算等公开文件，每项写 title（文件名称）和 url（文件地址）',
  staffing: '每个单位一项（部门本级及下属单位），人数按原文照录',
  'staffing[].authorized': '人',
  'staffing[].active': '人',
  'staffing[].retired': '人；选填，原文没有则删除本行',
  'staffing[].asOf': '选填，原文写明的统计时点，如“2020年末”',
  income: '按原文“收入预算”一段填写',
  'income.total': '年初预算数',
  'income.sources': '原文写明 0 的填 0；原文未列出的来源连同字段名删除（不要填 0）',
  'income.change': '选填，原文没有则删除整段',
  'income.change.amount': '减少写负数，如“较去年减少156.76万元”写 -156.76',
  'income.change.reason': '选填，照录原文',
  expenditure: '按原文“支出预算”一段填写',
  'expenditure.total': '年初预算数',
  'expenditure.classes': '按原文顺序，每个支出功能分类一项；名称用分类全称，如“住房保障支出”',
  'expenditure.split': '选填，原文给出本年基本支出、项目支出金额时填写，否则删除整段',
  'expenditure.change': '选填，原文没有则删除整段',
  'expenditure.change.amount': '减少写负数',
  'expenditure.change.basic': '选填，减少写负数',
  'expenditure.change.project': '选填，减少写负数',
  'expenditure.change.reason': '选填，照录原文',
  'expenditure.execution': '选填，自评表表头的年初预算数、全年预算数、全年执行数；没有则删除整段',
  goals:
    '每个目标领域一项，其下列出绩效指标；也可用 npm run import -- 指标表.xlsx --org … --year … --table goals 填入',
  'goals[].indicators[].id': '沿用上年标识以便跨年对比；新指标用小写字母、数字和连字符',
  'goals[].indicators[].unit': '定量指标必填，如 家、篇、人次、%；定性指标删除本行',
  'goals[].indicators[].comparator':
    '>=（以上）、>（超过）、<=（以内）、<（低于）、=（等于）、range（区间）、qualitative（定性）',
  'goals[].indicators[].target': '必填，数字；range 写 [最小值, 最大值]；qualitative 写文字',
  'goals[].indicators[].actual': '选填，原文说明了才填，未说明则删除本行，不要估计',
  evaluation: '按原文“部门整体支出绩效评价”一段填写',
  'evaluation.score': '0–100',
  'evaluation.grade':
    '照原文填写：优或优秀（90–100 分）、良或良好（80–89 分）、中或合格、基本合格（60–79 分）、差或不合格（0–59 分）',
  'evaluation.indicators':
    '选填，可用 npm run import -- 自评表.xlsx --org … --year … 填入；没有则删除本行',
  problems: '每项写 id（小写字母、数字、连字符）和 title（与正文小标题一字不差）',
  measures: '每项写 id（小写字母、数字、连字符）和 title（与正文小标题一字不差）',
};

/** Comments placed before the first item of a list, for fields an item may add. */
export const ITEM_HINTS: Readonly<Record<string, string>> = {
  'goals[].indicators[]':
    '可选字段：estimated: true（实际值为预计值）、previous（上年值）、growthRate（同比增长率，%）、targetQuote（目标原文）、quote（完成情况原文）',
};

/** Top-level fields that start a new block, with a blank line before them. */
export const SPACED_KEYS: ReadonlySet<string> = new Set([
  'staffing',
  'income',
  'expenditure',
  'goals',
  'evaluation',
  'problems',
]);
