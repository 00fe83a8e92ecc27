import { chromium } from 'playwright-core';
const [url, out, width, height] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(width), height: Number(height) } });
await p.goto(url);
await p.screenshot({ path: out });
await b.close();
