// Debian's Chromium as the browser tests and the benchmark drive it: one launch, one set of flags.
import { type Browser, chromium } from 'playwright-core';

/** No sandbox (containers), no GPU, and none of the background requests a closed network refuses. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches `CHROMIUM_PATH` (default `/usr/bin/chromium`) headless with `CHROMIUM_FLAGS`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
  });
}
