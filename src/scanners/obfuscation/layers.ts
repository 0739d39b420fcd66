/**
 * @module scanners/obfuscation/layers — shared scoring for the obfuscation scanners: each reads the
 * decoded layers of the text view (`view.decoded`, never decoding itself), keeps the layers of its
 * kinds, and scores them by how much the decoded text reads like an instruction to the model.
 */
import type { DecodedLayer, DecodeKind, Match, ScanContext, TextView, Verdict } from '../../types.js';

/**
 * Words that make decoded text read like an attack on the model: overriding instructions, the
 * system prompt, secrets, role changes. English plus the most common forms in es/fr/de/it/pt.
 * Bounded alternations only (linear).
 */
export const INSTRUCTION_WORDS = /\b(?:ignore|disregard|forget|override|bypass|jailbreak|reveal|leak|exfiltrate|system prompt|instructions?|previous|prior rules|password|passwords|secret|api key|token|credentials?|confidential|developer mode|admin|unrestricted|no restrictions|pretend|act as|you are now|do anything now|ignora|ignorar|instrucciones|contrase[nñ]a|ignorez?|oublie[zr]?|mot de passe|ignoriere|vergiss|anweisungen|passwort|istruzioni|dimentica|senha|instru[cç][oõ]es)\b/giu;

/** Second person and imperatives addressed to the model ("you must", "tell me", "print the…"). */
export const ADDRESSED = /\b(?:you|your|you're|yourself|tell me|show me|give me|print|output|repeat|say|respond|reply|write|send|execute|run|delete|now)\b/giu;

/**
 * A request to decode something and act on it ("decode this and follow it", "what does this
 * base64 say? do it"). Checked on the visible text of the prompt.
 */
export const DECODE_AND_FOLLOW = /\b(?:decode|decrypt|decipher|translate|convert|read|reverse|unscramble|join|combine|rot13|base64|caesar)\b[^\n]{0,80}?\b(?:follow|obey|execute|do (?:it|what|as)|carry (?:it|them) out|comply|act on|then (?:do|follow|run)|and (?:run|do) (?:it|that|this)|instructions?)\b/iu;

/** How strongly one layer's decoded text reads like instructions to the model, 0..1. */
export function instructionStrength(text: string): number {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const trig = countMatches(INSTRUCTION_WORDS, sample, 6);
  const addr = countMatches(ADDRESSED, sample, 6);
  // Two trigger words, or one plus an imperative/second person, make a clear instruction.
  if (trig >= 2 && addr >= 1) return 1;
  if (trig >= 2 || (trig === 1 && addr >= 1)) return 0.8;
  if (trig === 1) return 0.5;
  return addr >= 2 ? 0.2 : 0;
}

function countMatches(re: RegExp, text: string, cap: number): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let n = 0;
  for (const _ of text.matchAll(g)) if (++n >= cap) break;
  return n;
}

/** Runs of whitespace, collapsed in previews. */
export const WHITESPACE_RUN = /\s+/gu;

/** A short, single-line preview of decoded text for explanations. */
export function preview(text: string, max = 60): string {
  const one = text.replace(WHITESPACE_RUN, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** What each obfuscation scanner says about its kinds. */
export interface LayerPolicy {
  /** Kinds this scanner reports (a layer counts when any kind in its path is one of these). */
  readonly kinds: ReadonlySet<DecodeKind>;
  /**
   * Score of a layer whose decoded text carries no instruction: the obfuscation alone. Weak to
   * moderate evidence, below 0.5, because encodings have ordinary uses.
   */
  readonly base: (layer: DecodedLayer, view: TextView) => number;
  /** Name for explanations ("base64-encoded text", "ROT13 text"…). */
  readonly noun: (layer: DecodedLayer) => string;
}

/**
 * Score the layers of `policy.kinds`: the base for obfuscation alone, raised by instruction-like
 * decoded text, by a request to decode and follow, and by nesting (an encoding inside an encoding
 * is rarely innocent).
 */
export function scoreLayers(view: TextView, ctx: ScanContext, policy: LayerPolicy): Verdict {
  const layers = view.decoded.filter((l) => l.kinds.some((k) => policy.kinds.has(k)));
  if (layers.length === 0) return { score: 0 };
  const follow = DECODE_AND_FOLLOW.test(view.normalized.length > 20000 ? view.normalized.slice(0, 20000) : view.normalized);
  let best = 0;
  let bestLayer = layers[0] as DecodedLayer;
  const matches: Match[] = [];
  const seen = new Set<string>();
  for (const layer of layers) {
    const strength = instructionStrength(layer.text);
    // Decoded instructions: 0.55 for a lone trigger word up to 0.9 for a clear command. The
    // obfuscation itself is what makes these likelier than the same words in plain text.
    const base = policy.base(layer, view);
    let s = Math.max(base, strength > 0.4 ? 0.45 + 0.45 * strength : base + 0.15 * strength);
    if (layer.kinds.length > 1) s += 0.1;
    if (follow) s += strength > 0.4 ? 0.1 : 0.2;
    s = Math.min(1, s);
    if (s > best) {
      best = s;
      bestLayer = layer;
    }
    const label = layer.kinds.filter((k) => policy.kinds.has(k)).join('>') || layer.kind;
    const key = `${layer.start}:${layer.end}:${label}`;
    if (!seen.has(key) && matches.length < 50) {
      seen.add(key);
      matches.push({ start: layer.start, end: layer.end, label });
    }
  }
  const more = layers.length > 1 ? ` (${layers.length} layers)` : '';
  const explanation = `${policy.noun(bestLayer)} decodes to "${preview(bestLayer.text)}"${more}${follow ? '; the prompt asks to decode and follow it' : ''}.`;
  return { score: best, matches, explanation, ...(best >= 0.8 ? { severity: 'high' as const } : {}) };
}
