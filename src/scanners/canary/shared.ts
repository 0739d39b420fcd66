/**
 * @module scanners/canary/shared — where the canary scanners get their token (a fixed one from
 * the factory, or the per-scan `canary` scan option) and how they find it in a response: the
 * normalised text (mapped back to raw offsets) and every decoded layer, so a token leaked in
 * full-width digits, spread over lines or wrapped in base64 is still found.
 */
import { longestTokenMatch } from '../../canary/canary.js';
import type { ScanContext, TextView } from '../../types.js';

/** Options both canary scanners take. */
export interface CanaryScannerOptions {
  /**
   * A fixed canary token (8–128 letters or digits) placed in your system prompt. Without it the
   * scanner uses the per-scan option `canary` (`scanOutput(prompt, response, { canary: token })`);
   * with neither it scores 0.
   */
  readonly token?: string;
}

/** The token for this scan: the per-scan option wins over the fixed one. */
export function tokenFor(fixed: string | undefined, ctx: ScanContext): string | undefined {
  const t = ctx.canary ?? fixed;
  return typeof t === 'string' && t.length > 0 ? t : undefined;
}

/** The longest match of the token in the response, with raw offsets and where it was found. */
export function findToken(view: TextView, token: string): { start: number; end: number; length: number; where: string } | undefined {
  let best: { start: number; end: number; length: number; where: string } | undefined;
  const m = longestTokenMatch(view.normalized, token);
  if (m !== undefined) {
    const raw = view.toRaw(m.start, m.end);
    best = { start: raw.start, end: raw.end, length: m.length, where: 'text' };
  }
  for (const layer of view.decoded) {
    if (best !== undefined && best.length >= token.length) break;
    const d = longestTokenMatch(layer.text, token);
    if (d !== undefined && (best === undefined || d.length > best.length)) {
      const raw = layer.toRaw(d.start, d.end);
      best = { start: raw.start, end: raw.end, length: d.length, where: `decoded ${layer.kinds.join(' → ')}` };
    }
  }
  return best;
}
