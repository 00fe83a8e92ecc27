// `npm run validate`: checks every org and report under CONTENT_DIR (src/pipeline/validate.ts
// `checkContent`) and exits non-zero on anything the build would refuse to publish.
import { contentDir } from '../io/paths.ts';
import { checkContent } from '../pipeline/validate.ts';
import { formatIssues } from '../schemas/issues.ts';

const dir = contentDir();
const { orgs, reports, issues, blocked } = checkContent(dir);
// Unconfirmed values are not errors (the preview shows them), but they cannot be published.
if (blocked) {
  console.error(formatIssues(issues));
  process.exit(1);
}
if (issues.length > 0) console.log(formatIssues(issues));
console.log(`✓ ${dir}：${orgs.size} 个部门、${reports.length} 份报告，全部通过校验。`);
