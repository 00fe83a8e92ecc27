// Runs the post-build check in a child process, so it reads pages while Pagefind indexes them.
import { checkSite } from '../cli/check-site.ts';

const [dir = '', content = ''] = process.argv.slice(2);
process.send?.(await checkSite(dir, { content }));
