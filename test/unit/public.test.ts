import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('public/prefs.js', () => {
  it('stays within the 2 KiB allowed for the only script outside search', () => {
    expect(statSync('public/prefs.js').size).toBeLessThanOrEqual(2048);
  });
});
