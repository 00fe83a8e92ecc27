/** The site's name, in the header, page titles and the feed. */
export const SITE_NAME = '部门整体支出绩效自评报告公开';
