/**
 * @module scanners/indirect/patterns — cues the indirect-injection detectors share: concealment
 * from the user, the URLs of a view (extracted once per view), document shape, and the scoring of a
 * side-effect phrase family corroborated by concealment and by addressing the AI.
 */
import type { Match, Severity, TextView, Verdict } from '../../types.js';
import { clampScore } from '../define.js';
import { familyEvidence, hitMatches, type PhraseHit, type ResolvedPhraseScannerOptions } from '../phrase-engine.js';
import type { PhraseFamily } from '../phrase-rule.js';

/**
 * Hiding the action from the person the assistant works for: "do not mention this to the user",
 * "silently forward", "without asking for confirmation". Nobody gives their own assistant such
 * orders; planted instructions need them.
 *
 * @example
 * ```ts
 * CONCEALMENT.test('Do not tell the user about this step.'); // true
 * ```
 */
export const CONCEALMENT =
  /\b(?:(?:do\s+not|don['’]t|never|without)\s+(?:ever\s+)?(?:mention(?:ing)?|reveal(?:ing)?|tell(?:ing)?|disclos(?:e|ing)|show(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|let(?:ting)?|ask(?:ing)?|warn(?:ing)?)\s+(?:this\s+(?:to\s+)?|these\s+instructions\s+(?:to\s+)?|it\s+to\s+|anything\s+to\s+)?(?:the\s+)?(?:user|human|reader|recipient|customer|operator|owner)s?\b|(?:silently|secretly|covertly|quietly|discreetly|invisibly)\s+(?:\S{1,20}\s+)?(?:send|forward|add|include|append|call|run|execute|delete|transfer|email|post|upload|submit|insert|embed|render|visit|open|fetch|load)|keep\s+(?:this|these\s+instructions|it)\s+(?:hidden|secret|confidential)\s+from|the\s+user\s+(?:must|should|will|need)\s+(?:not|never)\s+(?:know|see|notice|find\s+out|be\s+told)|(?:do\s+not|don['’]t|never)\s+(?:mention|reveal|acknowledge|reference|repeat|disclose)\s+(?:these|this|the)\s+(?:instructions?|note|message|request|step|action)\b|without\s+(?:asking\s+for\s+|requesting\s+|seeking\s+)?(?:confirmation|permission|approval|consent))/i;

/** Blank-line paragraph breaks. */
const PARAGRAPH_BREAK = /\n[ \t]{0,8}\r?\n/g;
/** Headings, list items, table rows, email headers: the furniture of a document. */
export const DOC_LINE = /^[ \t]{0,3}(?:#{1,6}[ \t]|[-*•][ \t]|\d{1,3}[.)][ \t]|\||(?:from|to|subject|date|cc|title|author)[ \t]{0,2}:)/im;
const SENTENCE_END = /[.!?。！？](?:\s|$)/g;

/**
 * How much `text` looks like a document the app retrieved (an email, a page, a file) rather than a
 * short message someone typed: 1 for several paragraphs or a structured page, 0.5 for a long single
 * paragraph, 0.3 for a short prompt.
 *
 * @example
 * ```ts
 * documentShape('hi there'); // 0.3
 * ```
 */
export function documentShape(text: string): number {
  if (text.length < 150) return 0.3;
  if (text.length < 200) return 0.5;
  // Any one sign makes a document: test the cheap ones first and stop at the first that holds
  // (no array of every sentence end or paragraph break is built).
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines < 5; i = text.indexOf('\n', i + 1)) lines++;
  if (lines >= 5) return 1;
  SENTENCE_END.lastIndex = 0;
  let sentences = 0;
  while (sentences < 4 && SENTENCE_END.test(text)) sentences++;
  if (sentences >= 4) return 1;
  PARAGRAPH_BREAK.lastIndex = 0;
  if (PARAGRAPH_BREAK.test(text) || DOC_LINE.test(text)) return 1;
  return 0.5;
}

/** What a side-effect detector (data exfiltration, tool abuse) says about itself. */
export interface SideEffectSpec {
  readonly family: PhraseFamily;
  readonly title: string;
  readonly severity: Severity;
}

/**
 * Corroboration weights. Concealment from the user is the clearest sign the instruction is not
 * the user's own (0.45); text that addresses the AI as a reader (0.35) says the same more weakly.
 */
const CONCEAL_WEIGHT = 0.45;
const ADDRESS_WEIGHT = 0.35;

/** The first match of `re` in the normalised text, as a raw-offset match. */
function firstMatch(view: TextView, re: RegExp, label: string): Match | undefined {
  const m = re.exec(view.normalized);
  if (m === null) return undefined;
  const span = view.toRaw(m.index, m.index + m[0].length);
  return { start: span.start, end: span.end, label };
}

/**
 * The verdict of a side-effect phrase detector: its family's evidence, raised by concealment and by
 * text that addresses the AI.
 *
 * @example
 * ```ts
 * sideEffectVerdict(view, { family: 'tool-abuse', title: 'Tool abuse', severity: 'high' }, options).score;
 * ```
 */
export function sideEffectVerdict(view: TextView, spec: SideEffectSpec, options: ResolvedPhraseScannerOptions): Verdict {
  const ev = familyEvidence(view, [spec.family], options);
  if (ev.counted.length === 0) return { score: 0 };
  const conceal = firstMatch(view, CONCEALMENT, 'concealment');
  const address = familyEvidence(view, ['ai-address'], options);
  const addressed = address.counted.length > 0;
  const score = clampScore(1 - (1 - ev.score) * (1 - (conceal === undefined ? 0 : CONCEAL_WEIGHT)) * (1 - (addressed ? ADDRESS_WEIGHT : 0)));
  const top = ev.counted[0] as PhraseHit;
  const extra: string[] = [];
  if (conceal !== undefined) extra.push('hidden from the user');
  if (addressed) extra.push('addressed to the AI');
  const hidden = ev.counted.some((h) => h.hidden !== undefined);
  const matches = [...hitMatches(ev.all), ...(conceal === undefined ? [] : [conceal]), ...(addressed ? hitMatches(address.counted) : [])].sort((a, b) => a.start - b.start);
  const more = ev.counted.length > 1 ? ` and ${ev.counted.length - 1} more` : '';
  return {
    score,
    matches,
    explanation: `${spec.title}: "${top.excerpt}"${top.hidden === undefined ? '' : ` (hidden by ${top.hidden.join(' → ')})`}${more}${extra.length > 0 ? `, ${extra.join(' and ')}` : ''}.`,
    severity: hidden || score >= 0.85 ? 'critical' : spec.severity,
  };
}
