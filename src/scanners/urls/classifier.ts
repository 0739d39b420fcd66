/**
 * @module scanners/urls/classifier — the character-level URL model: phishing and malware URLs by
 * their shape (look-alike brands, random hosts, deep credential paths), including ones no list
 * knows yet. Scores every URL the text view found.
 */
import type { ModelRef } from '../../models/types.js';
import type { Scanner } from '../../types.js';
import { defineModelScanner, type ModelScannerOptions } from '../model-scanner.js';
import { canonicalUrl } from './canonical.js';
import { viewUrls } from './extract.js';

/** `models/url`. */
export const URL_MODEL: ModelRef = Object.freeze({ id: 'url', task: 'classify' });

/** URLs scored per text (the rest are rare in real prompts and would only cost time). */
const MAX_URLS = 64;

/**
 * The URL classifier.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [urlsClassifier()] });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function urlsClassifier(options: ModelScannerOptions = {}): Scanner {
  return defineModelScanner(
    {
      id: 'urls/classifier',
      kind: 'both',
      category: 'urls',
      severity: 'high',
      description: 'ML model (ONNX, character n-grams, trained from scratch): phishing and malware URLs by their shape',
      model: URL_MODEL,
      label: 'malicious-url',
      finding: 'is a malicious URL',
      defaultThreshold: 0.8,
      matchEach: true,
      segments: (view) => viewUrls(view).filter((u) => u.kind === 'url').slice(0, MAX_URLS).map((u) => ({ text: canonicalUrl(u.url), start: u.start, end: u.end, note: u.url })),
    },
    options,
  );
}
