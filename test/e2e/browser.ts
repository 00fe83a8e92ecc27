import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/io/chromium.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, with the flags this closed network needs (no background requests). */
export const launch = launchChromium;

export interface PageLog {
  errors: string[];
  requests: { url: string; type: string }[];
}

/** Records console errors, page errors, failed responses and every request a page makes. */
export function watch(page: Page): PageLog {
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => log.requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('response', (r) => {
    if (r.status() >= 400) log.errors.push(`${r.status()} ${r.url()}`);
  });
  return log;
}

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page, as short readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            o: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations;
}

export const SCREENSHOTS = 'test-results/screenshots';

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

export interface Audit {
  violations: string[];
  errors: string[];
  /** Requests to any other origin than the site's. */
  external: string[];
  /** Paths of the scripts the page loaded. */
  scripts: string[];
  /** How far the page is wider than the window (≤ 0: no sideways scrolling). */
  overflow: number;
  /** Content-Security-Policy violations the page reported. */
  csp: string[];
}

/**
 * Loads a page at a width, saves a screenshot as a test artefact, and collects what every page
 * must get right: axe-core violations, console errors, requests to other hosts, scripts, overflow.
 */
export async function audit(
  browser: Browser,
  url: string,
  name: string,
  width: number,
): Promise<Audit> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const log = watch(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await screenshot(page, `${name}-${width}`);
  const origin = new URL(url).origin;
  // Read CSP reports before axe runs: its injected helpers are the test's, not the page's.
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  const result: Audit = {
    violations: await axeViolations(page),
    errors: log.errors,
    external: log.requests.filter((r) => !r.url.startsWith(origin)).map((r) => r.url),
    scripts: log.requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname),
    overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    csp,
  };
  await page.close();
  return result;
}

/** The audit of a page that passes everything: a readable diff when one does not. */
export const CLEAN: Audit = {
  violations: [],
  errors: [],
  external: [],
  scripts: ['/prefs.js'],
  overflow: 0,
  csp: [],
};
