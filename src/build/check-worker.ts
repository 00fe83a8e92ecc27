// Runs the post-build check in a worker thread, so it reads pages while Pagefind indexes them.
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckOptions, checkSite } from '../cli/check-site.ts';

const { dir, options } = workerData as { dir: string; options: CheckOptions };
parentPort?.postMessage(await checkSite(dir, options));
