// `npm run check`: the post-build check of any built site (OUT_DIR, default dist/).
import { outDir } from '../io/paths.ts';
import { checkSite, formatSiteProblems } from '../pipeline/check-site.ts';

const dir = outDir();
const problems = await checkSite(dir);
if (problems.length > 0) {
  console.error(formatSiteProblems(problems));
  process.exit(1);
}
console.log(`✓ ${dir}：链接、锚点、HTML、安全策略与脚本检查全部通过。`);
