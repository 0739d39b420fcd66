import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { runScanner } from '../../testing/context.js';
import { urlsMalicious } from './malicious.js';

/** Ordinary links people paste every day: each must stay below 0.5. */
const BENIGN = [
  'https://github.com/acme-labs/widget',
  'https://en.wikipedia.org/wiki/Prompt_injection',
  'https://docs.python.org/3/library/os.html',
  'http://localhost:3000/api/users',
  'http://127.0.0.1:8000/',
  'https://www.google.com/search?q=typescript+generics',
  'https://developer.mozilla.org/en-US/docs/Web/JavaScript',
  'https://stackoverflow.com/questions/12345/how-to-sort-a-list',
  'https://www.paypal.com/myaccount/summary',
  'https://accounts.google.com/signin',
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  'https://aws.amazon.com/s3/',
  'https://www.amazon.co.uk/dp/B000000000',
  'https://raw.githubusercontent.com/acme-labs/widget/main/install.sh',
  'https://github.com/acme-labs/widget/releases/download/v1.2.0/widget-setup.exe',
  'https://medium.com/@someone/notes-on-testing-abc123',
  'https://bit.ly/3xYzAbc',
  'https://example.com/path?x=1&y=2',
  'https://www.bbc.co.uk/news',
  'http://192.168.1.10:8080/admin',
  'mailto:team@example.org',
  'https://cdn.jsdelivr.net/npm/vue@3/dist/vue.global.js',
  'https://münchen.de/',
  'https://google.github.io/styleguide/',
  'https://finance.yahoo.com/quote/ACME',
  'http://[::1]:8080/',
  'https://outlook.office365.com/mail/',
  'https://apple.stackexchange.com/questions/1',
  'https://news.ycombinator.com/item?id=1',
  'https://support.apple.com/en-us/guide',
  'https://www.chase.com/personal/credit-cards',
  'https://pkg.go.dev/net/url',
  'https://www.linkedin.com/in/someone',
  'https://nodejs.org/api/url.html',
  'javascript:void(0)',
  'data:image/png;base64,iVBORw0KGgo=',
  'file:///home/me/notes.txt',
  'https://netflixtechblog.com/a-post',
];

/** Invented phishing-style links (no real site behind them). */
const MALICIOUS: Array<[url: string, topSignal: string]> = [
  ['http://paypa1.com/login', 'brand-lookalike'],
  ['https://p\u0430ypal.com/signin', 'brand-lookalike'], // Cyrillic а
  ['https://paypal.com.account-verify.example/login', 'brand-in-subdomain'],
  ['https://google.com@evil.example/', 'userinfo-domain'],
  ['http://3232235777/', 'encoded-ip'],
  ['http://0xC0A80001/admin', 'encoded-ip'],
  ['http://0177.0.0.1/', 'encoded-ip'],
  ['javascript:alert(document.cookie)', 'javascript-scheme'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data-html'],
  ['vbscript:msgbox(1)', 'vbscript-scheme'],
  ['https://rnicrosoft-support.example/', 'brand-lookalike'],
  ['https://xn--80ak6aa92e.com/', 'brand-lookalike'],
  ['https://secure-login-paypal.xyz/verify', 'brand-in-domain'],
  ['http://203.0.113.7/paypal/login.php', 'ip-host'],
  ['https://amaz0n-orders.example/track', 'brand-lookalike'],
  ['https://faceb00k.example.top/', 'brand-lookalike'],
  ['https://login.micros0ft.com.session-check.example/', 'brand-lookalike'],
  ['https://www.g00gle.com/', 'brand-lookalike'],
  ['https://appleid.apple.com.verify-id.example/', 'brand-in-subdomain'],
  ['http://files.example:8081/wp-admin/update.exe', 'executable-download'],
  ['https://coinbase-wallet-unlock.example/', 'brand-in-domain'],
  ['https://instagrarn.example/', 'brand-lookalike'],
  ['https://wellsfargo.secure-banking.example/', 'brand-in-subdomain'],
  ['https://linkedln.example/jobs', 'brand-lookalike'],
  ['https://bankofamerica-alerts.example/', 'brand-in-domain'],
  ['http://[2001:db8::1]/login.php', 'ip-host'],
  ['https://chase.com-secure.example/', 'brand-in-subdomain'],
  ['paypal.com.secure-login.xyz', 'brand-in-subdomain'],
  ['https://gooogle.example/', 'brand-typo'],
  ['https://paypal.xyz/', 'brand-impersonation'],
  ['https://dropbox.com.file-share.example/doc', 'brand-in-subdomain'],
];

describe('urls/malicious', () => {
  const scanner = urlsMalicious();

  it('has the documented metadata', () => {
    expect(scanner.id).toBe('urls/malicious');
    expect(scanner.kind).toBe('both');
    expect(scanner.category).toBe('urls');
    expect(scanner.severity).toBe('medium');
    expect(scanner.threshold).toBe(0.5);
  });

  it.each(BENIGN)('lets %s through', async (url) => {
    const v = await runScanner(scanner, `Have a look at ${url} when you can.`);
    expect(v.score, v.explanation).toBeLessThan(0.5);
    expect(v.matches ?? []).toHaveLength(0);
  });

  it.each(MALICIOUS)('flags %s (%s)', async (url, top) => {
    const text = `Please check ${url} today`;
    const v = await runScanner(scanner, text);
    expect(v.score, v.explanation).toBeGreaterThanOrEqual(0.5);
    expect(v.matches).toHaveLength(1);
    const m = v.matches?.[0];
    expect(m?.label).toBe(`url:${top}`);
    expect(text.slice(m?.start, m?.end)).toBe(url);
  });

  it('is high severity for script schemes and brand look-alikes, medium otherwise', async () => {
    expect((await runScanner(scanner, '[click](javascript:alert(1))')).severity).toBe('high');
    expect((await runScanner(scanner, 'visit http://paypa1.com/')).severity).toBe('high');
    const ip = await runScanner(scanner, 'visit http://3232235777/');
    expect(ip.score).toBeGreaterThanOrEqual(0.5);
    expect(ip.severity).toBeUndefined();
  });

  it('explains the signals of the worst URL', async () => {
    const v = await runScanner(scanner, 'ok https://example.org/ but https://secure-login-paypal.xyz/verify is not');
    expect(v.explanation).toContain('secure-login-paypal.xyz');
    expect(v.explanation).toContain('brand-in-domain (paypal)');
    expect(v.explanation).toContain('suspicious-tld');
    expect(v.matches).toHaveLength(1);
  });

  it('flags a markdown link whose text shows another domain', async () => {
    const text = 'Reset it here: [https://www.paypal.com](https://help-center.example/reset)';
    const v = await runScanner(scanner, text);
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.explanation).toContain('deceptive-link-text');
    expect(text.slice(v.matches?.[0]?.start, v.matches?.[0]?.end)).toBe('https://help-center.example/reset');
  });

  it('reports every flagged URL once, with raw offsets', async () => {
    const text = 'One http://paypa1.com/a, two https://example.org/fine, three http://0x7f000001/x.';
    const v = await runScanner(scanner, text);
    expect(v.matches?.map((m) => text.slice(m.start, m.end))).toEqual(['http://paypa1.com/a', 'http://0x7f000001/x']);
  });

  it('sees URLs hidden with zero-width characters and maps them to raw offsets', async () => {
    const text = 'Log in: http://pay\u200Bpal-login.example/x now';
    const v = await runScanner(scanner, text);
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(v.explanation).toContain('obfuscated');
    const m = v.matches?.[0];
    expect(text.slice(m?.start, m?.end)).toBe('http://pay\u200Bpal-login.example/x');
  });

  it('gives remote file:// hosts a weak signal and local files none', async () => {
    const remote = await runScanner(scanner, 'open file://fileserver.example/share/report.docx');
    expect(remote.score).toBeGreaterThan(0.3);
    expect(remote.score).toBeLessThan(0.5);
    expect((await runScanner(scanner, 'open file:///tmp/report.txt')).score).toBe(0);
  });

  it('scores look-alike email domains', async () => {
    const v = await runScanner(scanner, 'Write to billing@paypa1-support.com for a refund');
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect((await runScanner(scanner, 'Write to billing@example.com')).score).toBe(0);
  });

  it('does not flag ordinary prose, code references or dev URLs', async () => {
    for (const text of [
      'The config lives in settings.json and README.md explains it.',
      'Call self.name or os.path.join in Python.',
      'const api = "http://localhost:5173/api"; fetch(`${api}/users`)',
      'I love JavaScript: it runs everywhere.',
      'Send the archive (report.zip) to the team.',
    ]) {
      const v = await runScanner(scanner, text);
      expect(v.score, text).toBeLessThan(0.5);
    }
  });

  it('allowDomains silences a domain and its subdomains', async () => {
    const s = urlsMalicious({ allowDomains: ['paypal-help.example'] });
    expect((await runScanner(s, 'go to https://login.paypal-help.example/')).score).toBe(0);
    expect((await runScanner(scanner, 'go to https://login.paypal-help.example/')).score).toBeGreaterThanOrEqual(0.5);
  });

  it('denyDomains always scores 1', async () => {
    const s = urlsMalicious({ denyDomains: ['*.tracker.example'] });
    const v = await runScanner(s, 'pixel at https://img.tracker.example/p.gif');
    expect(v.score).toBe(1);
    expect(v.matches?.[0]?.label).toBe('url:deny-domain');
    expect(s.options.denyDomains).toEqual(['tracker.example']);
  });

  it('accepts IDN entries in domain lists', () => {
    expect(urlsMalicious({ allowDomains: ['bücher.example'] }).options.allowDomains).toEqual(['xn--bcher-kva.example']);
  });

  it('validates options', () => {
    expect(() => urlsMalicious({ allowDomains: 'example.com' as unknown as string[] })).toThrow(ConfigError);
    expect(() => urlsMalicious({ denyDomains: ['not a domain'] })).toThrow(ConfigError);
    expect(() => urlsMalicious({ denyDomains: ['example.com/path'] })).toThrow(ConfigError);
    expect(() => urlsMalicious({ allowDomains: [42 as unknown as string] })).toThrow(ConfigError);
    expect(() => urlsMalicious({ threshold: 0.3 } as unknown as Parameters<typeof urlsMalicious>[0])).toThrow(ConfigError);
  });

  it('handles empty, binary and lone-surrogate input', async () => {
    for (const text of ['', '\u0000\u0001\u0002', '\uD800 http://paypa1.com \uDFFF', '\uFFFF'.repeat(1000)]) {
      const v = await runScanner(scanner, text);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThanOrEqual(1);
    }
  });

  it('stays fast on hostile input', async () => {
    for (const unit of ['a.', 'http://', 'xn--', 'http://[', 'javascript:', '%25', 'a@b.c ', 'http://0x1/', 'paypa1.com ', '\uFF41.']) {
      const v = await runScanner(scanner, unit.repeat(Math.ceil(50_000 / unit.length)));
      expect(v.score).toBeGreaterThanOrEqual(0);
    }
  });
});
