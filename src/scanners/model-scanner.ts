/**
 * @module scanners/model-scanner — the one shape of every ML scanner: pick the text segments to
 * score, run the model on each through `ctx.models` (never onnxruntime directly), keep the
 * highest calibrated probability, and report which model and backend ran.
 */
import type { ModelRef } from '../models/types.js';
import type { Category, Match, ScanContext, Scanner, ScannerKind, Severity, TextView, Verdict } from '../types.js';
import { checkBoolean, checkUnit, defineScanner } from './define.js';

/** A piece of the text to score, with its span in the raw text. */
export interface Segment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Says where the segment came from, in explanations (e.g. 'decoded base64'). */
  readonly note?: string;
}

/** Decoded layers a model scanner reads besides the raw text (the view bounds them; this caps the model calls). */
export const MAX_DECODED_SEGMENTS = 8;

/**
 * The first {@link MAX_DECODED_SEGMENTS} decoded layers of a view (base64, ROT13, leetspeak…) as
 * segments, each spanning the encoded source in the raw text and noted `decoded <kinds>`. Callers
 * drop the ones too short to score.
 *
 * @example
 * ```ts
 * decodedSegments(view).filter((s) => s.text.length >= 12);
 * ```
 */
export function decodedSegments(view: TextView): Segment[] {
  return view.decoded.slice(0, MAX_DECODED_SEGMENTS).map((layer) => ({ text: layer.text, start: layer.start, end: layer.end, note: `decoded ${layer.kinds.join(' → ')}` }));
}

/** Options every model scanner takes. */
export interface ModelScannerOptions {
  /** Decision threshold on the calibrated probability (default: the model's, usually 0.5). */
  readonly threshold?: number;
  /** Also score each sentence on its own (slower; finds one bad line in a long text). Default false. */
  readonly sentences?: boolean;
}

interface Definition {
  readonly id: string;
  readonly kind: ScannerKind;
  readonly category: Category;
  readonly severity: Severity;
  readonly description: string;
  readonly model: ModelRef;
  /** Label written on matches. */
  readonly label: string;
  /** What the model found, for explanations ("looks like a prompt attack"). */
  readonly finding: string;
  readonly defaultThreshold: number;
  /** Segments to score (default: the whole raw text). */
  readonly segments?: (view: TextView, ctx: ScanContext) => readonly Segment[];
  /** Score each segment's matches separately (URLs) instead of one span for the best. */
  readonly matchEach?: boolean;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Build a model scanner from its definition and the caller's options. */
/* @__NO_SIDE_EFFECTS__ */
export function defineModelScanner(def: Definition, options: ModelScannerOptions = {}): Scanner<{ threshold: number; sentences: boolean; model: string }> {
  const threshold = options.threshold === undefined ? def.defaultThreshold : checkUnit(options.threshold, `${def.id}: threshold`);
  const sentences = checkBoolean(options.sentences, `${def.id}: sentences`, false);
  return defineScanner({
    id: def.id,
    kind: def.kind,
    category: def.category,
    severity: def.severity,
    description: def.description,
    threshold,
    options: { threshold, sentences, model: def.model.id },
    wholeText: true,
    models: [def.model],
    async scan(view, ctx): Promise<Verdict> {
      const segs = def.segments?.(view, ctx) ?? [{ text: view.raw, start: 0, end: view.raw.length }];
      let best = 0;
      let bestSeg: Segment | undefined;
      let backend: 'wasm' | 'webgpu' = 'wasm';
      let windows = 0;
      const matches: Match[] = [];
      for (const seg of segs) {
        if (seg.text.trim().length === 0) continue;
        const r = await ctx.models.classify(def.model, seg.text, { sentences, signal: ctx.signal });
        const p = r.scores[0] ?? 0;
        backend = r.backend;
        windows += r.windows;
        if (def.matchEach === true) {
          if (p >= threshold) matches.push({ start: seg.start, end: seg.end, label: def.label });
        }
        if (p > best || bestSeg === undefined) {
          best = p;
          // Map the best window inside the segment back to raw offsets when the segment is raw text.
          bestSeg = seg.start === 0 && seg.end === view.raw.length && seg.text === view.raw ? { ...seg, start: r.span.start, end: r.span.end } : seg;
        }
      }
      const model = { id: def.model.id, backend, windows };
      if (bestSeg === undefined) return { score: 0, model };
      if (def.matchEach !== true && best >= threshold) matches.push({ start: bestSeg.start, end: bestSeg.end, label: def.label });
      const where = bestSeg.note === undefined ? '' : ` (${bestSeg.note})`;
      return {
        score: best,
        matches,
        explanation: best >= threshold ? `The ${def.model.id} model says this ${def.finding}${where}: ${pct(best)}.` : `The ${def.model.id} model rates it ${pct(best)}${where}, below ${pct(threshold)}.`,
        model,
      };
    },
  });
}
