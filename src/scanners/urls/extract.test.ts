import { describe, expect, it } from 'vitest';
import { extractUrls } from './extract.js';

const urlsOf = (text: string): string[] => extractUrls(text).map((u) => u.url);

describe('urls/extract', () => {
  it('finds web addresses and emails with exact offsets', () => {
    const text = 'Read https://docs.example.org/guide, then write to help@example.com or visit www.example.net/a?b=1.';
    const found = extractUrls(text);
    expect(found.map((u) => u.kind)).toEqual(['url', 'email', 'url']);
    for (const u of found) expect(text.slice(u.start, u.end)).toBe(u.url);
    expect(found[0]?.url).toBe('https://docs.example.org/guide');
    expect(found[1]?.href).toBe('mailto:help@example.com');
    expect(found[2]?.href).toBe('http://www.example.net/a?b=1');
  });

  it('adds a scheme to bare domains in href', () => {
    const [u] = extractUrls('go to example.com/path now');
    expect(u?.url).toBe('example.com/path');
    expect(u?.href).toBe('http://example.com/path');
  });

  it('finds javascript:, vbscript:, data: and file:// URLs that linkify misses', () => {
    const text = 'a javascript:alert(1) b vbscript:msgbox(1) c data:text/html;base64,PGI+aGk8L2I+ d file://fileserver.example/share/x';
    expect(urlsOf(text)).toEqual([
      'javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PGI+aGk8L2I+',
      'file://fileserver.example/share/x',
    ]);
  });

  it('does not take "JavaScript: the good parts" for a URL', () => {
    expect(urlsOf('I read JavaScript: The Good Parts and liked it.')).toEqual([]);
  });

  it('returns markdown link and image targets with their text', () => {
    const text = 'See [the docs](https://example.org/docs "Docs") and ![logo](https://cdn.example.net/l.png) or [x](javascript:alert(1)).';
    const found = extractUrls(text);
    expect(found.map((u) => u.url)).toEqual(['https://example.org/docs', 'https://cdn.example.net/l.png', 'javascript:alert(1)']);
    expect(found[0]).toMatchObject({ linkText: 'the docs', image: false });
    expect(found[1]).toMatchObject({ linkText: 'logo', image: true });
    for (const u of found) expect(text.slice(u.start, u.end)).toBe(u.url);
  });

  it('keeps one level of parentheses in markdown targets and ignores relative links', () => {
    const text = '[wiki](https://en.wikipedia.org/wiki/Foo_(bar)) and [local](../README.md) and [anchor](#top)';
    expect(urlsOf(text)).toEqual(['https://en.wikipedia.org/wiki/Foo_(bar)']);
  });

  it('finds IPv6-literal URLs', () => {
    const text = 'open http://[2001:db8::1]:8080/status.';
    const [u] = extractUrls(text);
    expect(u?.url).toBe('http://[2001:db8::1]:8080/status');
    expect(text.slice(u?.start, u?.end)).toBe(u?.url);
  });

  it('trims sentence punctuation and unbalanced brackets from scheme URLs', () => {
    expect(urlsOf('(javascript:void(0)).')).toEqual(['javascript:void(0)']);
  });

  it('finds a URL beyond the linkify window inside one long run', () => {
    const text = `${'x'.repeat(20_000)} ${'y'.repeat(9000)}/https://late.example.org/p`;
    const found = extractUrls(text);
    expect(found.some((u) => u.url.includes('late.example.org'))).toBe(true);
  });

  it('looks at runs whose dot, colon or @ is followed by more of the run, not at sentence ends', () => {
    expect(urlsOf('Ends with a dot. Then example.org')).toEqual(['example.org']);
    expect(extractUrls('Ends with a dot. Then example.org')[0]?.start).toBe(22);
    expect(urlsOf('example.com.')).toEqual(['example.com']);
    expect(urlsOf('see www.example.org/a?b=c#d, ok')).toEqual(['www.example.org/a?b=c#d']);
    expect(urlsOf('mail a@b.io\u3000now')).toEqual(['a@b.io']);
    expect(urlsOf('end. ab. .:@ a.b')).toEqual([]);
  });

  it('finds script-capable schemes in any case and after other colons', () => {
    expect(urlsOf('Note:javascript:alert(1)')).toEqual(['javascript:alert(1)']);
    expect(urlsOf('FILE://server/x')).toEqual(['FILE://server/x']);
    expect(urlsOf('DATA:text/html,<b>')).toEqual(['DATA:text/html']);
  });

  it('returns nothing for plain text, empty text and odd input', () => {
    expect(extractUrls('')).toEqual([]);
    expect(extractUrls('no links here at all')).toEqual([]);
    expect(extractUrls('\uD800\uDC00\uD800 lone surrogate')).toEqual([]);
  });

  it('stays fast on hostile input', () => {
    for (const unit of ['a.', 'http://', '[a](', 'javascript:', 'data:a/b,', 'http://[', 'a@b.', '](http://x.', ')']) {
      const text = unit.repeat(Math.ceil(50_000 / unit.length));
      expect(Array.isArray(extractUrls(text))).toBe(true);
    }
  });
});
