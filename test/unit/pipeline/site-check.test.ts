import { describe, expect, it } from 'vitest';
import { checkPage, idsOf, resolvePath, sourcesOf } from '../../../src/pipeline/site-check.ts';

const HEAD =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'">';
const files = new Set(['/index.html', '/a/index.html', '/prefs.js', '/style.css']);
const pages: Record<string, string> = { '/a/index.html': `${HEAD}<h2 id="s1">x</h2>` };
const site = { files, ids: (p: string) => (pages[p] ? idsOf(pages[p]) : undefined) };
const check = (body: string, page = '/index.html') =>
  checkPage(page, `${HEAD}</head><body>${body}</body></html>`, site).map((p) => p.problem);

describe('checkPage', () => {
  it('accepts a clean page', () => {
    expect(
      check(
        '<a href="/a/">a</a><a href="/a/#s1">s</a><a href="https://gov.cn/">外部链接</a><script src="/prefs.js"></script><link rel="stylesheet" href="/style.css">',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<a href="/b/">b</a>', '链接指向不存在的地址：/b/'],
    ['<a href="/a/#s9">x</a>', '锚点不存在：/a/#s9'],
    ['<a href="#nope">x</a>', '锚点不存在：#nope'],
    [
      '<script src="https://cdn.example.com/x.js"></script>',
      '从其他主机加载资源：<script> https://cdn.example.com/x.js',
    ],
    ['<link rel="stylesheet" href="//fonts.example.com/a.css">', '从其他主机加载资源'],
    ['<img src="http://example.com/a.png" alt="">', '从其他主机加载资源'],
    ['<script>alert(1)</script>', '含有内联脚本'],
    ['<script src="/app.js"></script>', '链接指向不存在的地址：/app.js'],
    ['<p style="color:red">x</p>', '含有内联 style 属性'],
    ['<style>p{}</style>', '含有内联样式'],
  ])('flags %s', (body, problem) => {
    expect(check(body).join('\n')).toContain(problem);
  });

  it('reads attributes quoted either way or not at all, and entities', () => {
    expect(check("<a href='/b/'>b</a>")).toEqual(['链接指向不存在的地址：/b/']);
    expect(check('<a href=/b/>b</a>')).toEqual(['链接指向不存在的地址：/b/']);
    expect(check("<script src='https://cdn.example.com/x.js'></script>").join('\n')).toContain(
      '从其他主机加载资源',
    );
    expect(check("<p style='color:red'>x</p>")).toEqual(['含有内联 style 属性']);
    expect(check('<a href="/a/?x=1&amp;y=2#s1">a</a>')).toEqual([]);
    expect(idsOf("<h2 id='s2'>x</h2><h3 id=s3>y</h3>")).toEqual(new Set(['s2', 's3']));
  });

  it('reads links under the base path the site is built for', () => {
    const html = (body: string) => `${HEAD}</head><body>${body}</body></html>`;
    const under = { ...site, base: '/jxzp/' };
    const problems = (body: string) =>
      checkPage('/index.html', html(body), under).map((p) => `${p.page} ${p.problem}`);
    expect(problems('<a href="/jxzp/a/#s1">a</a><script src="/jxzp/prefs.js"></script>')).toEqual(
      [],
    );
    expect(problems('<a href="/a/">a</a>')).toEqual([
      '/jxzp/ 链接指向站点路径 /jxzp/ 以外的地址：/a/',
    ]);
    expect(problems('<a href="a/">a</a><a href="/jxzp/b/">b</a>')).toEqual([
      '/jxzp/ 链接指向不存在的地址：/jxzp/b/',
    ]);
  });

  it('survives malformed percent escapes', () => {
    expect(check('<a href="/%E0%A4%A/">x</a>')).toEqual(['链接指向不存在的地址：/%E0%A4%A/']);
    expect(check('<a href="/a/#%zz">x</a>')).toEqual(['锚点不存在：/a/#%zz']);
  });

  it('does not mistake tags written inside attribute values (as text) for real ones', () => {
    expect(
      check('<span data-pagefind-meta="title:局<script>alert(1)</script>报告"></span>'),
    ).toEqual([]);
    expect(check('<!-- <script>old()</script> -->')).toEqual([]);
    expect(check('<textarea><a href="/nope/">x</a></textarea>')).toEqual([]);
    expect(check('<svg><title>&lt;a&gt;</title><a href="/a/#s1"><text>x</text></a></svg>')).toEqual(
      [],
    );
  });

  it('allows only prefs.js outside the search page', () => {
    const files2 = new Set([...files, '/pagefind/pagefind.js']);
    const html = `${HEAD}</head><body><script src="/pagefind/pagefind.js"></script></body></html>`;
    const s2 = { files: files2, ids: () => undefined };
    expect(checkPage('/a/index.html', html, s2).map((p) => p.problem)).toEqual([
      '加载了偏好设置以外的脚本：/pagefind/pagefind.js',
    ]);
    expect(checkPage('/search/index.html', html, s2)).toEqual([]);
  });

  it('requires lang and a Content-Security-Policy', () => {
    const problems = checkPage(
      '/index.html',
      '<!DOCTYPE html><html><head></head><body></body></html>',
      site,
    ).map((p) => p.problem);
    expect(problems).toEqual(['缺少 <html lang="zh-CN">', '缺少 Content-Security-Policy']);
  });

  it('resolves directory addresses as a static server does', () => {
    expect(resolvePath(files, '/a/')).toBe('/a/index.html');
    expect(resolvePath(files, '/a')).toBe('/a/index.html');
    expect(resolvePath(files, '/c/')).toBeUndefined();
  });
});

describe('sourcesOf', () => {
  it.each([
    ['/wanzhou-kjj/2020/index.html', ['reports/wanzhou-kjj/2020.mdx']],
    ['/wanzhou-kjj/2020/print.css', ['reports/wanzhou-kjj/2020.mdx']],
    [
      '/wanzhou-kjj/compare/2019-2020/index.html',
      ['reports/wanzhou-kjj/2019.mdx', 'reports/wanzhou-kjj/2020.mdx'],
    ],
    ['/wanzhou-kjj/index.html', ['orgs/wanzhou-kjj.yaml']],
    ['/data/wanzhou-kjj/2020.json', ['reports/wanzhou-kjj/2020.mdx']],
    ['/data/wanzhou-kjj/2020/budget.csv', ['reports/wanzhou-kjj/2020.mdx']],
    ['/data/wanzhou-kjj.json', ['orgs/wanzhou-kjj.yaml']],
    ['/data/all.json', []],
    ['/index.html', []],
    ['/search/index.html', []],
  ])('maps %s to the content it is built from', (page, sources) => {
    expect(sourcesOf(page)).toEqual(sources);
  });
});
