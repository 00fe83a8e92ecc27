// Runs the post-build check in a worker thread, so it reads pages while Pagefind indexes them.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSite } from '../cli/check-site.ts';

const problems = await checkSite(workerData as string);
parentPort?.postMessage(problems);
