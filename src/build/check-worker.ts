// Runs the post-build check in a worker thread, so it reads pages while Pagefind indexes them.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSite } from '../cli/check-site.ts';

const { dir, content } = workerData as { dir: string; content: string };
const problems = await checkSite(dir, { content });
parentPort?.postMessage(problems);
