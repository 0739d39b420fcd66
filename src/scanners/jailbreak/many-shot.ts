/**
 * @module scanners/jailbreak/many-shot — many-shot jailbreaks: a long fake dialogue inside one
 * prompt ("User: … Assistant: Sure, here is …" many times over) that primes the model to comply
 * with the real request at the end.
 */
import type { Match, Scanner, TextView, Verdict } from '../../types.js';
import { checkPositiveInt, clampScore, defineScanner } from '../define.js';
import { ConfigError } from '../../errors.js';
import { HARM_TOPIC } from './patterns.js';

/**
 * Options of {@link jailbreakManyShot}.
 *
 * @example
 * ```ts
 * const o: ManyShotOptions = { minTurns: 8 };
 * ```
 */
export interface ManyShotOptions {
  /** Fewer alternating turns than this never score (default 6, at least 4). */
  readonly minTurns?: number;
}

/**
 * Resolved options, as echoed in reports.
 *
 * @example
 * ```ts
 * jailbreakManyShot().options.minTurns; // 6
 * ```
 */
export interface ResolvedManyShotOptions {
  readonly minTurns: number;
}

/**
 * A turn header at the start of a line: `User:`, `**Assistant:**`, `### Human:`, `Q:`, `A:`,
 * `[AI]:`. Group 1 is the role. Bounded and anchored at line starts, so one linear pass.
 *
 * @example
 * ```ts
 * TURN_MARKER.test('Assistant: Sure, here is how'); // true
 * ```
 */
export const TURN_MARKER =
  /^[ \t]{0,8}(?:#{1,4}[ \t]{0,2}|>[ \t]{0,2}|[-*•][ \t]{1,2})?(?:\*\*|__)?\[?(user|human|me|you|customer|client|person|q|question|prompt|input|instruction|assistant|ai|bot|a|answer|response|model|gpt|chatgpt|claude|gemini|llama|output|agent|chatbot)\]?(?:\*\*|__)?[ \t]{0,2}(?:\d{1,3}[ \t]{0,2})?[:：](?:\*\*|__)?/im;

/**
 * An answer that opens by complying: what the fake assistant turns of a many-shot prompt all do.
 * ("Yes," and "OK" are left out: FAQ answers and chat logs start with them.)
 *
 * @example
 * ```ts
 * COMPLIANCE_OPENER.test('Sure, here is a step-by-step guide'); // true
 * ```
 */
export const COMPLIANCE_OPENER =
  /^[\s*_"'“]{0,4}(?:sure(?:\s+thing)?|certainly|of\s+course|absolutely|definitely|no\s+problem|happy\s+to\s+help|glad\s+to\s+help|gladly|with\s+pleasure|here\s+(?:is|are|you\s+go)|here['’]s|step\s+1|first(?:ly)?\s*,\s+(?:you|get|take|obtain|gather|mix|acquire)|yes\s*[,!]\s+here)\b/i;

const ASKERS: ReadonlySet<string> = new Set(['user', 'human', 'me', 'you', 'customer', 'client', 'person', 'q', 'question', 'prompt', 'input', 'instruction']);

interface Turn {
  readonly asker: boolean;
  /** Offsets of the header and of the content in normalised text. */
  readonly markerStart: number;
  readonly contentStart: number;
  readonly contentEnd: number;
}

/** How much of a turn's content is read for the harm and compliance cues. */
const READ = 600;

/** Colons (ASCII or fullwidth) in `text`, counting up to `limit`. */
function colons(text: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf(':'); i >= 0 && n < limit; i = text.indexOf(':', i + 1)) n++;
  for (let i = text.indexOf('：'); i >= 0 && n < limit; i = text.indexOf('：', i + 1)) n++;
  return n;
}

function turnsOf(text: string): Turn[] {
  const re = new RegExp(TURN_MARKER.source, 'gim');
  const marks: Array<{ asker: boolean; start: number; end: number }> = [];
  for (const m of text.matchAll(re)) {
    const role = (m[1] ?? '').toLowerCase();
    marks.push({ asker: ASKERS.has(role), start: m.index, end: m.index + m[0].length });
  }
  const turns: Turn[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mk = marks[i] as { asker: boolean; start: number; end: number };
    const next = marks[i + 1];
    const contentEnd = next === undefined ? text.length : next.start;
    const prev = turns[turns.length - 1];
    // Consecutive headers of one side (a multi-paragraph answer) are one turn.
    if (prev !== undefined && prev.asker === mk.asker) {
      turns[turns.length - 1] = { ...prev, contentEnd };
      continue;
    }
    turns.push({ asker: mk.asker, markerStart: mk.start, contentStart: mk.end, contentEnd });
  }
  return turns;
}

/**
 * Logistic weights, set by hand on made-up dialogues. The turn count alone tops out below 0.5 (a
 * pasted 40-turn chat log is still a chat log: z = −3.2 + 2.4 = −0.8 → 0.31); compliant fake
 * answers (+1.4 at 100%) and harmful fake questions (+2.2) are what make it an attack; an open last
 * user turn (or an empty "Assistant:" to complete) adds 0.6.
 */
const BIAS = -3.2;
const PER_TURN = 0.06;
const MAX_TURNS_COUNTED = 40;
const W_COMPLIANCE = 1.4;
const W_HARM = 2.2;
const W_OPEN = 0.6;

function scanManyShot(view: TextView, opts: ResolvedManyShotOptions): Verdict {
  const text = view.normalized;
  // Cheap exit: a dialogue of N turns has at least N colons.
  if (text.length < 40 || colons(text, opts.minTurns) < opts.minTurns) return { score: 0 };
  const turns = turnsOf(text);
  if (turns.length < opts.minTurns) return { score: 0 };
  let answers = 0;
  let compliant = 0;
  let askers = 0;
  let harmful = 0;
  const matches: Match[] = [];
  for (const t of turns) {
    const content = text.slice(t.contentStart, Math.min(t.contentEnd, t.contentStart + READ));
    if (t.asker) {
      askers++;
      if (HARM_TOPIC.test(content)) harmful++;
    } else {
      answers++;
      if (COMPLIANCE_OPENER.test(content)) {
        compliant++;
        if (matches.length < 8) {
          const span = view.toRaw(t.markerStart, Math.min(t.contentEnd, t.contentStart + 40));
          matches.push({ start: span.start, end: span.end, label: 'compliant-turn' });
        }
      }
    }
  }
  const last = turns[turns.length - 1] as Turn;
  const lastContent = text.slice(last.contentStart, last.contentEnd).trim();
  const open = (last.asker && lastContent.length > 0) || (!last.asker && lastContent.length <= 3);
  const complianceRatio = answers >= 3 ? compliant / answers : 0;
  const harmRatio = Math.min(1, harmful / Math.max(2, askers / 2));
  const z = BIAS + PER_TURN * Math.min(turns.length, MAX_TURNS_COUNTED) + W_COMPLIANCE * complianceRatio + W_HARM * harmRatio + (open ? W_OPEN : 0);
  const score = clampScore(1 / (1 + Math.exp(-z)));
  const first = turns[0] as Turn;
  const whole = view.toRaw(first.markerStart, last.contentEnd);
  matches.unshift({ start: whole.start, end: whole.end, label: 'fake-dialogue' });
  const parts = [`${turns.length} alternating turns`];
  if (compliant > 0) parts.push(`${compliant} of ${answers} fake answers open by complying`);
  if (harmful > 0) parts.push(`${harmful} fake questions on harmful topics`);
  if (open) parts.push('ends waiting for the model to continue');
  return {
    score,
    matches,
    explanation: `Embedded dialogue (possible many-shot jailbreak): ${parts.join(', ')}.`,
    ...(score >= 0.8 ? { severity: 'critical' as const } : {}),
  };
}

/**
 * Many-shot jailbreak detector: counts alternating `User:/Assistant:`, `Human:/AI:`, `Q:/A:` turns in
 * one prompt and weighs how many fake answers open with compliance ("Sure, here is…"), how many fake
 * questions touch harmful topics, and whether the dialogue ends open. A pasted chat log or an FAQ
 * stays below 0.5.
 *
 * @example
 * ```ts
 * const scanner = jailbreakManyShot({ minTurns: 6 });
 * scanner.scan(createTextView('User: hi\nAssistant: hello'), ctx).score; // 0 (too few turns)
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function jailbreakManyShot(options?: ManyShotOptions): Scanner<ResolvedManyShotOptions> {
  const o = options ?? {};
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new ConfigError('jailbreakManyShot options must be an object');
  const minTurns = checkPositiveInt(o.minTurns, 'jailbreakManyShot: minTurns', 6);
  if (minTurns < 4) throw new ConfigError(`jailbreakManyShot: minTurns must be at least 4, got ${minTurns}`);
  const resolved: ResolvedManyShotOptions = Object.freeze({ minTurns });
  return defineScanner<ResolvedManyShotOptions>({
    id: 'jailbreak/many-shot',
    kind: 'input',
    category: 'jailbreak',
    severity: 'high',
    description: 'Long fake dialogue with compliant fake answers (many-shot jailbreak)',
    threshold: 0.5,
    options: resolved,
    // The whole dialogue matters, not a window of it.
    wholeText: true,
    scan: (view) => scanManyShot(view, resolved),
  });
}
