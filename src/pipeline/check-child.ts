// Runs the post-build check in a child process, so it reads pages while Pagefind indexes them.
import { checkSite } from './check-site.ts';
import { childMain } from './child.ts';

const [dir = '', content = ''] = process.argv.slice(2);
await childMain('发布前检查程序', async () => {
  process.send?.(await checkSite(dir, { content }));
});
