// Validates the content in a child process: reading and checking 10000 reports takes about 2 GB,
// which the build process would otherwise keep through every later stage (a worker thread's
// freed memory stayed with the process too: 1.7 GB at 10000 reports). A child's memory is
// returned to the system when it exits.
import { type ValidateReply, validateContent } from './validate.ts';

const [content = '', snapshot = '', partReports = ''] = process.argv.slice(2);
const logged: string[] = [];
let reply: ValidateReply;
try {
  reply = {
    ok: true,
    validated: validateContent(content, (text) => logged.push(text), snapshot, Number(partReports)),
    logged,
  };
} catch (error) {
  reply = { ok: false, message: error instanceof Error ? error.message : String(error), logged };
}
process.send?.(reply);
