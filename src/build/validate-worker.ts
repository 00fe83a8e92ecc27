// Validates the content in a worker thread: reading and checking 10000 reports takes about 2 GB,
// which the build process would otherwise hold (V8 keeps its grown heap) through every later
// stage. A worker's memory is returned when it ends.
import { parentPort, workerData } from 'node:worker_threads';
import { validateContent } from './validate.ts';

const { content, snapshot } = workerData as { content: string; snapshot: string };
const logged: string[] = [];
try {
  const validated = validateContent(content, (text) => logged.push(text), snapshot);
  parentPort?.postMessage({ ok: true, validated, logged });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    stage: (error as { stage?: string }).stage,
    logged,
  });
}
