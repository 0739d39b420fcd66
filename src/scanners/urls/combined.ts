/**
 * @module scanners/urls/combined — MaliciousURLs as the seeds define it: the URL model plus the
 * rules. Every URL the shared extractor finds (`./extract.ts`, through the rule judge of
 * `./malicious.ts`) gets its rule score and, for web URLs, the URL model's probability; the two
 * are combined per URL by noisy-OR after mapping the model's threshold to 0.5.
 */
import { ConfigError } from '../../errors.js';
import type { Match, Scanner, Severity, Verdict } from '../../types.js';
import { checkUnit, clampScore, defineScanner } from '../define.js';
import { canonicalUrl } from './canonical.js';
import { URL_MODEL } from './classifier.js';
import { urlJudge, type UrlSignal, type UrlsMaliciousOptions } from './malicious.js';

/**
 * Options of {@link urlsCombined}: the rule options of `urls/malicious` plus the model's threshold.
 *
 * @example
 * ```ts
 * const o: UrlsCombinedOptions = { allowDomains: ['intranet.example'], modelThreshold: 0.85 };
 * ```
 */
export interface UrlsCombinedOptions extends UrlsMaliciousOptions {
  /** Model probability that counts as 0.5 on its own (default 0.8, the model's calibrated threshold). */
  readonly modelThreshold?: number;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedUrlsCombinedOptions {
  readonly allowDomains: readonly string[];
  readonly denyDomains: readonly string[];
  readonly modelThreshold: number;
}

/** URLs scored by the model per text (as in `urls/classifier`). */
const MAX_MODEL_URLS = 64;

/** Rule signals that make a finding `high` (as in `urls/malicious`). */
const HIGH: ReadonlySet<UrlSignal> = new Set<UrlSignal>(['javascript-scheme', 'vbscript-scheme', 'data-html', 'brand-lookalike', 'brand-in-subdomain', 'brand-impersonation', 'brand-typo', 'mixed-script', 'confusable-script', 'userinfo-domain']);

/**
 * Map a calibrated model probability to the scale where `threshold` is 0.5.
 *
 * @internal
 */
export function rescale(p: number, threshold: number): number {
  return p < threshold ? (0.5 * p) / threshold : 0.5 + (0.5 * (p - threshold)) / (1 - threshold);
}

/**
 * Combined MaliciousURLs (`urls/combined`): per URL, `1 − (1 − rules)(1 − model′)` where `model′`
 * is the URL model's probability rescaled so that `modelThreshold` maps to 0.5; the verdict is the
 * worst URL. A URL either side flags alone is flagged; two weak signals can add up. Emails and
 * script URLs (`javascript:`, `data:`) get the rules only.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [urlsCombined({ allowDomains: ['example.com'] })] });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function urlsCombined(options: UrlsCombinedOptions = {}): Scanner<ResolvedUrlsCombinedOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('urls/combined: options must be an object');
  const { modelThreshold: mt, ...ruleOptions } = options;
  const judge = urlJudge(ruleOptions);
  const modelThreshold = mt === undefined ? 0.8 : checkUnit(mt, 'urls/combined: modelThreshold');
  if (modelThreshold === 0 || modelThreshold === 1) throw new ConfigError('urls/combined: modelThreshold must be between 0 and 1 (exclusive)');
  const rules = Object.freeze({ allowDomains: Object.freeze([...(ruleOptions.allowDomains ?? [])]), denyDomains: Object.freeze([...(ruleOptions.denyDomains ?? [])]) });
  return defineScanner<ResolvedUrlsCombinedOptions>({
    id: 'urls/combined',
    kind: 'both',
    category: 'urls',
    severity: 'medium',
    description: 'MaliciousURLs: the URL model and the URL rules combined per URL (noisy-OR, model threshold mapped to 0.5)',
    threshold: 0.5,
    options: { ...rules, modelThreshold },
    models: [URL_MODEL],
    wholeText: true,
    async scan(view, ctx): Promise<Verdict> {
      const judged = await judge(view);
      if (judged.length === 0) return { score: 0, explanation: 'No URLs found.' };
      let backend: 'wasm' | 'webgpu' = 'wasm';
      let windows = 0;
      let modelled = 0;
      let worst = { score: 0, url: '', rules: 0, model: -1, signals: [] as readonly UrlSignal[] };
      const matches: Match[] = [];
      let high = false;
      for (const j of judged) {
        let model = -1;
        const lower = j.url.href.slice(0, 12).toLowerCase();
        const web = j.url.kind === 'url' && !lower.startsWith('javascript:') && !lower.startsWith('data:') && !lower.startsWith('vbscript:');
        if (web && modelled < MAX_MODEL_URLS && j.score < 1) {
          const r = await ctx.models.classify(URL_MODEL, canonicalUrl(j.url.url), { signal: ctx.signal });
          model = r.scores[0] ?? 0;
          backend = r.backend;
          windows += r.windows;
          modelled++;
        }
        const score = clampScore(model < 0 ? j.score : 1 - (1 - j.score) * (1 - rescale(model, modelThreshold)));
        if (score > worst.score || worst.url === '') worst = { score, url: j.url.url, rules: j.score, model, signals: j.signals };
        if (score >= 0.5) {
          const top = j.signals[0];
          matches.push({ start: j.url.start, end: j.url.end, label: top !== undefined && j.score >= 0.3 ? `url:${top}` : 'url:model' });
          if (j.signals.some((s) => HIGH.has(s))) high = true;
        }
      }
      const shown = worst.url.length > 100 ? `${worst.url.slice(0, 97)}...` : worst.url;
      const parts = [`rules ${worst.rules.toFixed(2)}${worst.signals.length > 0 ? ` (${worst.signals.slice(0, 3).join(', ')})` : ''}`, worst.model >= 0 ? `model ${worst.model.toFixed(2)}` : 'model not run'];
      const verdict: Verdict = {
        score: worst.score,
        matches,
        explanation: `${matches.length} of ${judged.length} URL${judged.length === 1 ? '' : 's'} look malicious; worst "${shown}" scored ${worst.score.toFixed(2)}: ${parts.join(', ')}.`,
        ...(modelled > 0 ? { model: { id: URL_MODEL.id, backend, windows } } : {}),
      };
      const severity: Severity | undefined = high ? 'high' : undefined;
      return severity === undefined ? verdict : { ...verdict, severity };
    },
  });
}
