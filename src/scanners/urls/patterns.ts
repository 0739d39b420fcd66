/**
 * @module scanners/urls/patterns — regexes and small data tables shared by the URL scanners: script-capable
 * schemes, markdown links, confusable folding and the built-in brand list.
 *
 * Every regex here is linear-time: bounded quantifiers over character classes that cannot overlap with
 * what follows them. None carries the `g` flag; code that iterates makes its own global copy.
 */

/**
 * URLs with schemes linkify does not report: `javascript:` / `vbscript:` (script runs on click), `data:`
 * with a media type (`data:text/html,…` renders a page), and `file://`. The look-behind stops matches
 * inside longer words (`myjavascript:`); the body stops at whitespace, quotes and angle brackets, which
 * end a URL in HTML and prose alike.
 *
 * @example
 * ```ts
 * SCHEME_URL.exec('[x](javascript:alert(1))')?.[0]; // 'javascript:alert(1))' (the extractor trims the `)`)
 * ```
 */
export const SCHEME_URL =
  /(?<![A-Za-z0-9+.-])(?:(?:java|vb|live)script:[^\s"'<>`]{1,4096}|data:[a-z]{1,32}\/[a-z0-9.+-]{1,64}[;,][^\s"'<>`]{0,8192}|file:\/\/[^\s"'<>`]{0,4096})/i;

/**
 * URLs whose host is an IPv6 literal (`http://[2001:db8::1]/`): linkify does not find them.
 *
 * @example
 * ```ts
 * IPV6_URL.test('open http://[2001:db8::1]:8080/x'); // true
 * ```
 */
export const IPV6_URL = /\b(?:https?|ftp|wss?):\/\/\[[0-9a-f:.]{2,45}\](?::\d{1,5})?(?:[/?#][^\s<>"'`]{0,2048})?/i;

/**
 * Markdown links and images `[text](target "title")` / `![alt](target)`. One level of parentheses is
 * allowed inside the target (`…/wiki/Foo_(bar)`). Used with the `d` flag for group offsets.
 *
 * @example
 * ```ts
 * MARKDOWN_LINK.exec('see [docs](https://example.com/a)')?.[3]; // 'https://example.com/a'
 * ```
 */
export const MARKDOWN_LINK =
  /(!?)\[([^[\]\r\n]{0,512})\]\((<?)([^\s()<>]{1,2048}(?:\([^\s()<>]{0,256}\)[^\s()<>]{0,1024})?)>?(?:[ \t]{1,8}(?:"[^"\r\n]{0,256}"|'[^'\r\n]{0,256}'))?\)/;

/**
 * A markdown target that is an absolute URL (relative links point into the same site and carry no
 * host to judge).
 *
 * @example
 * ```ts
 * ABSOLUTE_TARGET.test('https://example.com/'); // true
 * ABSOLUTE_TARGET.test('../README.md');          // false
 * ```
 */
export const ABSOLUTE_TARGET = /^(?:[a-z][a-z0-9+.-]{1,31}:|\/\/|www\.)/i;

/**
 * `javascript:` URLs that do nothing (`javascript:void(0)`, `javascript:;`): common placeholders in
 * HTML, not attacks.
 *
 * @example
 * ```ts
 * JS_NOOP.test('javascript:void(0)'); // true
 * ```
 */
export const JS_NOOP = /^javascript:[ \t]{0,4}(?:void[ \t]{0,4}\(?[ \t]{0,4}0[ \t]{0,4}\)?)?[ \t]{0,4};?$/i;

/**
 * `data:` media types that execute or render active content when opened.
 *
 * @example
 * ```ts
 * DATA_ACTIVE.test('data:text/html;base64,AAAA'); // true
 * ```
 */
export const DATA_ACTIVE = /^data:(?:text\/(?:html|javascript|ecmascript|xml)|application\/(?:xhtml\+xml|x?html|(?:x-)?javascript|ecmascript|xml)|image\/svg\+xml)\b/i;

/**
 * A domain name written inside link text (`[www.bank.example](…)`), to compare with the link target.
 *
 * @example
 * ```ts
 * LINK_TEXT_DOMAIN.exec('Log in at paypal.com now')?.[1]; // 'paypal.com'
 * ```
 */
export const LINK_TEXT_DOMAIN = /(?:^|[^a-z0-9.-])((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})(?![a-z0-9-])/i;

/**
 * Words phishing pages put in hosts and paths. Weak on their own (`github.com/login` is fine).
 *
 * @example
 * ```ts
 * PHISHING_WORD.test('/account/verify'); // true
 * ```
 */
export const PHISHING_WORD =
  /(?:^|[^a-z])(?:log-?in|sign-?in|log-?on|verify|verification|account|secure|security|update|confirm|wallet|unlock|suspend(?:ed)?|billing|password|passwd|credentials?|webscr|recover|validate|authenticate|reactivate)(?:[^a-z]|$)/i;

/**
 * Percent-encoding of a percent sign followed by hex (`%252e`): double encoding, used to slip paths
 * past filters.
 *
 * @example
 * ```ts
 * DOUBLE_ENCODED.test('/a/%252e%252e/'); // true
 * ```
 */
export const DOUBLE_ENCODED = /%25[0-9a-f]{2}/i;

/**
 * An `@` in the path followed by something domain-like (`/redirect@evil.example`). A bare handle
 * (`medium.com/@someone`) has no dot after the `@` and does not match.
 *
 * @example
 * ```ts
 * PATH_AT_DOMAIN.test('/go@evil.example/x'); // true
 * ```
 */
export const PATH_AT_DOMAIN = /@[a-z0-9-]{1,63}\.[a-z]{2,24}(?:[/?#:]|$)/i;

/**
 * File types that run code on Windows or Android when downloaded and opened.
 *
 * @example
 * ```ts
 * EXECUTABLE_PATH.test('/files/setup.exe'); // true
 * ```
 */
export const EXECUTABLE_PATH = /\.(?:exe|scr|pif|msi|bat|cmd|vbs|vbe|jse|wsf|wsh|hta|ps1|lnk|reg|apk|jar|dll|cpl)$/i;

/**
 * Installers and scripts: downloads that are often legitimate, so they weigh less.
 *
 * @example
 * ```ts
 * INSTALLER_PATH.test('/install.sh'); // true
 * ```
 */
export const INSTALLER_PATH = /\.(?:js|sh|iso|img|dmg|pkg|deb|rpm|appimage)$/i;

/**
 * A dotted-quad IPv4 address (after WHATWG URL normalisation, which also rewrites decimal, hex and
 * octal spellings into this form).
 *
 * @example
 * ```ts
 * IPV4.test('192.0.2.1'); // true
 * ```
 */
export const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Label scripts: a hostname label mixing Latin with one of these is a classic homograph.
 *
 * @example
 * ```ts
 * LATIN_LETTER.test('a'); // true
 * ```
 */
export const LATIN_LETTER = /\p{Script=Latin}/u;

/** Cyrillic letter (see {@link LATIN_LETTER}). @example `CYRILLIC_LETTER.test('а') // true` */
export const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/** Greek letter (see {@link LATIN_LETTER}). @example `GREEK_LETTER.test('ο') // true` */
export const GREEK_LETTER = /\p{Script=Greek}/u;

/** Armenian letter (`օ` looks like `o`). @example `ARMENIAN_LETTER.test('օ') // true` */
export const ARMENIAN_LETTER = /\p{Script=Armenian}/u;

/** Anything outside ASCII. @example `NON_ASCII.test('münchen') // true` */
export const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Characters that look like Latin letters or digits in a hostname, folded to what they imitate. Small
 * on purpose (Cyrillic, Greek and Armenian look-alikes, digit swaps); the full UTS #39 table is much
 * larger but these cover the letters brand names are made of. Digits fold too (`0`→`o`, `1`→`l`), and
 * `i` folds to `l` on both sides so `1`/`l`/`i` swaps all compare equal.
 *
 * @example
 * ```ts
 * CONFUSABLE_FOLD['а']; // 'a' (Cyrillic а)
 * ```
 */
export const CONFUSABLE_FOLD: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', к: 'k', м: 'm', н: 'h', т: 't',
  і: 'l', ї: 'l', ј: 'j', ӏ: 'l', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ь: 'b', ɡ: 'g', ү: 'y', ԍ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'l', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', γ: 'y', η: 'n',
  // Armenian
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', զ: 'q',
  // Latin look-alikes and digits
  ı: 'l', i: 'l', '1': 'l', '0': 'o', '3': 'e', '5': 's', ł: 'l', ǀ: 'l',
});

/**
 * Top-level domains with a history of abuse (cheap or free registration); `.zip`/`.mov` look like files.
 *
 * @example
 * ```ts
 * SUSPICIOUS_TLDS.has('xyz'); // true
 * ```
 */
export const SUSPICIOUS_TLDS: ReadonlySet<string> = new Set([
  'xyz', 'top', 'tk', 'ml', 'ga', 'cf', 'gq', 'click', 'country', 'stream', 'download', 'work', 'loan', 'rest',
  'cam', 'buzz', 'icu', 'cyou', 'monster', 'quest', 'sbs', 'cfd', 'bond', 'lol', 'fit', 'gdn', 'men', 'racing',
  'win', 'bid', 'review', 'trade', 'date', 'party', 'science', 'accountant', 'faith', 'cricket', 'kim', 'zip', 'mov',
]);

/**
 * TLDs that also look like file extensions: a link to `invoice.zip` may be a site, not a file.
 *
 * @example
 * ```ts
 * FILE_LIKE_TLDS.has('zip'); // true
 * ```
 */
export const FILE_LIKE_TLDS: ReadonlySet<string> = new Set(['zip', 'mov']);

/**
 * Public URL shorteners: they hide the destination. Registrable domains.
 *
 * @example
 * ```ts
 * SHORTENERS.has('bit.ly'); // true
 * ```
 */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 'shorturl.at',
  'tiny.cc', 'rb.gy', 't.ly', 's.id', 'v.gd', 'bl.ink', 'qrco.de', 'shorte.st', 'adf.ly', 'tiny.one', 'u.to', 'clck.ru',
]);

/**
 * Labels that look like a top-level domain, used to spot `paypal.com.evil.example`.
 *
 * @example
 * ```ts
 * TLD_LIKE_LABELS.has('com'); // true
 * ```
 */
export const TLD_LIKE_LABELS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'co', 'io', 'us', 'uk', 'gov', 'edu', 'info', 'biz', 'app']);

/**
 * Ordinary English words that are one edit away from a brand (`finance` / `binance`).
 *
 * @example
 * ```ts
 * TYPO_EXCEPTIONS.has('finance'); // true
 * ```
 */
export const TYPO_EXCEPTIONS: ReadonlySet<string> = new Set(['finance', 'goggle', 'goggles', 'googly', 'googol', 'googled', 'adobes', 'yahoos']);

/**
 * One brand that phishing imitates, and the registrable domains it owns.
 *
 * @example
 * ```ts
 * const b: Brand = { name: 'acmebank', domains: ['acmebank.example'] };
 * ```
 */
export interface Brand {
  /** The name as it appears in hostnames, lower case ASCII. */
  readonly name: string;
  /** Registrable domains the brand owns (besides `<name>.<ordinary TLD>`). */
  readonly domains: readonly string[];
  /** A plain English word too: `apple-pie.example` is not an attack, so substring hits weigh less. */
  readonly commonWord?: boolean;
}

const MICROSOFT = ['microsoft.com', 'live.com', 'office.com', 'office365.com', 'outlook.com', 'microsoftonline.com', 'windows.net', 'azure.com', 'sharepoint.com', 'bing.com', 'msn.com', 'skype.com', 'xbox.com', 'visualstudio.com', 'msft.net', 'azureedge.net', 'microsoft365.com'];

/**
 * Brands most imitated by phishing. Kept short: every entry costs a comparison per hostname label.
 *
 * @example
 * ```ts
 * BRANDS.find((b) => b.name === 'paypal')?.domains; // ['paypal.com', …]
 * ```
 */
export const BRANDS: readonly Brand[] = Object.freeze([
  { name: 'paypal', domains: ['paypal.com', 'paypal.me', 'paypalobjects.com', 'paypal-community.com'] },
  { name: 'apple', domains: ['apple.com', 'icloud.com', 'apple.co', 'mzstatic.com', 'cdn-apple.com', 'apple.news'], commonWord: true },
  { name: 'icloud', domains: ['icloud.com', 'apple.com'] },
  { name: 'google', domains: ['google.com', 'googleapis.com', 'gstatic.com', 'googleusercontent.com', 'youtube.com', 'goo.gl', 'g.co', 'googlesource.com', 'withgoogle.com', 'googletagmanager.com', 'google-analytics.com', 'googlevideo.com', 'blog.google'] },
  { name: 'microsoft', domains: MICROSOFT },
  { name: 'office365', domains: MICROSOFT },
  { name: 'outlook', domains: MICROSOFT, commonWord: true },
  { name: 'amazon', domains: ['amazon.com', 'amazonaws.com', 'a2z.com', 'amazontrust.com', 'media-amazon.com', 'ssl-images-amazon.com', 'amzn.to', 'aboutamazon.com'], commonWord: true },
  { name: 'facebook', domains: ['facebook.com', 'fb.com', 'fb.me', 'fbcdn.net', 'facebook.net', 'meta.com', 'messenger.com'] },
  { name: 'instagram', domains: ['instagram.com', 'cdninstagram.com', 'instagr.am'] },
  { name: 'whatsapp', domains: ['whatsapp.com', 'whatsapp.net', 'wa.me'] },
  { name: 'netflix', domains: ['netflix.com', 'netflix.net', 'nflxext.com', 'nflximg.net', 'nflxvideo.net', 'nflxso.net'] },
  { name: 'bankofamerica', domains: ['bankofamerica.com', 'bofa.com'] },
  { name: 'chase', domains: ['chase.com', 'jpmorgan.com', 'jpmorganchase.com'], commonWord: true },
  { name: 'wellsfargo', domains: ['wellsfargo.com', 'wf.com', 'wellsfargoadvisors.com'] },
  { name: 'github', domains: ['github.com', 'github.io', 'githubusercontent.com', 'githubassets.com', 'github.dev', 'github.blog', 'ghcr.io'] },
  { name: 'dropbox', domains: ['dropbox.com', 'dropboxusercontent.com', 'dropboxapi.com', 'db.tt'] },
  { name: 'linkedin', domains: ['linkedin.com', 'licdn.com', 'lnkd.in'] },
  { name: 'coinbase', domains: ['coinbase.com'] },
  { name: 'binance', domains: ['binance.com', 'binance.us', 'binance.org', 'bnbstatic.com'] },
  { name: 'metamask', domains: ['metamask.io'] },
  { name: 'twitter', domains: ['twitter.com', 'x.com', 't.co', 'twimg.com'] },
  { name: 'yahoo', domains: ['yahoo.com', 'yimg.com', 'yahoo.net'] },
  { name: 'adobe', domains: ['adobe.com', 'adobe.io', 'typekit.net'] },
  { name: 'docusign', domains: ['docusign.com', 'docusign.net'] },
  { name: 'discord', domains: ['discord.com', 'discord.gg', 'discordapp.com', 'discordapp.net'], commonWord: true },
  { name: 'telegram', domains: ['telegram.org', 't.me', 'telegram.me'], commonWord: true },
  { name: 'steamcommunity', domains: ['steamcommunity.com', 'steampowered.com'] },
  { name: 'roblox', domains: ['roblox.com', 'rbxcdn.com'] },
  { name: 'fedex', domains: ['fedex.com'] },
]);

/**
 * A domain given in `allowDomains` / `denyDomains`, after IDNA conversion: lower-case ASCII labels.
 *
 * @example
 * ```ts
 * DOMAIN_OPTION.test('intranet.example.org'); // true
 * ```
 */
export const DOMAIN_OPTION = /^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63}){0,126}$/;

/**
 * Separator between path words when looking for brand names in a path.
 *
 * @example
 * ```ts
 * '/paypal/login.php'.split(NON_ALNUM_RUN); // ['', 'paypal', 'login', 'php']
 * ```
 */
export const NON_ALNUM_RUN = /[^a-z0-9]{1,64}/;
