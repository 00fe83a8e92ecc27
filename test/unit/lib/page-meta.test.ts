import { describe, expect, it } from 'vitest';
import { govMetaTags } from '../../../src/lib/page-meta.ts';

describe('govMetaTags', () => {
  it('writes only the tags with a value, in the usual order', () => {
    expect(govMetaTags({ siteName: '某区', columnName: '全区概览' })).toBe(
      '<meta name="SiteName" content="某区"><meta name="ColumnName" content="全区概览">',
    );
  });

  it('escapes a title from a content file, angle brackets included', () => {
    const tags = govMetaTags({ siteName: 's', articleTitle: '局"><script>alert(1)</script>' });
    expect(tags).toContain('content="局&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(tags).not.toContain('<script');
  });
});
