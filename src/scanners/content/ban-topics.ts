/**
 * @module scanners/content/ban-topics — BanTopics: text about a topic the application does not
 * discuss, by cosine similarity between sentence embeddings (the shipped `embedder` model) of the
 * text — or of each sentence — and of the topics the caller describes (a name, and optionally a
 * few example sentences, which help the n-gram embedder a lot).
 */
import { ConfigError } from '../../errors.js';
import type { ModelHost } from '../../models/types.js';
import { sentenceSpans } from '../../text/sentences.js';
import type { Match, Scanner, Verdict } from '../../types.js';
import { EMBEDDER_MODEL } from '../../vault/key.js';
import { checkBoolean, checkUnit, clampScore, defineScanner } from '../define.js';

/**
 * A banned topic: a short description, or a name with example sentences.
 *
 * @example
 * ```ts
 * const t: BannedTopic = { name: 'elections', examples: ['Who should I vote for?', 'Which party will win the election?'] };
 * ```
 */
export type BannedTopic = string | { readonly name: string; readonly examples?: readonly string[] };

/**
 * Options of {@link contentBanTopics}.
 *
 * @example
 * ```ts
 * const o: BanTopicsOptions = { topics: ['politics and elections', 'religion'], sentences: true };
 * ```
 */
export interface BanTopicsOptions {
  /** The topics (required, at least one). */
  readonly topics: readonly BannedTopic[];
  /** Also compare each sentence on its own (finds one off-limits sentence in a long text): the first 64 sentences of up to 1,000 characters, 8 KB in all. Default false. */
  readonly sentences?: boolean;
  /** Cosine similarity at which the score is 0.5 (default 0.2). */
  readonly similarity?: number;
}

/** Resolved options, as echoed in reports. */
export interface ResolvedBanTopicsOptions {
  readonly topics: ReadonlyArray<{ readonly name: string; readonly examples: readonly string[] }>;
  readonly sentences: boolean;
  readonly similarity: number;
}

/** Sentences compared per text in sentence mode. */
const MAX_SENTENCES = 64;
/** Longest sentence embedded on its own, and the most characters embedded sentence by sentence. */
const MAX_SENTENCE = 1000;
const MAX_SENTENCE_CHARS = 8192;

/** Longest piece embedded at once; longer texts are embedded in pieces (a topic in one section still shows). */
const CHUNK = 4000;
/** Most pieces per text: longer texts are sampled evenly (start, end and between). */
const MAX_CHUNKS = 8;

/** The text as one piece, or as pieces of about {@link CHUNK} characters cut at whitespace. */
function chunks(text: string): Array<{ start: number; end: number; text: string }> {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length, text }];
  const all: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + CHUNK / 2) end = space;
    }
    all.push({ start, end });
    start = end;
  }
  const picked = all.length <= MAX_CHUNKS ? all : Array.from({ length: MAX_CHUNKS }, (_, i) => all[Math.round((i * (all.length - 1)) / (MAX_CHUNKS - 1))] as { start: number; end: number });
  return picked.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

/** Cosine of two L2-normalised vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/**
 * Map a cosine to a risk score: 0.5 at `at`, 1 at `2·at` or above, 0 at 0 or below.
 *
 * @internal
 */
export function similarityScore(cos: number, at: number): number {
  return clampScore((0.5 * cos) / at);
}

/**
 * BanTopics (`content/ban-topics`). The score is 0.5 when the best cosine between the text (or a
 * sentence) and any description or example of a topic reaches `similarity`, and 1 at twice that.
 * Texts over 4,000 characters are compared piece by piece (at most 8 pieces, sampled evenly
 * beyond 32 KB).
 * Topic embeddings are computed once per model host and reused.
 *
 * @example
 * ```ts
 * const bouncer = await createBouncer({ scanners: [contentBanTopics({ topics: [{ name: 'cryptocurrency', examples: ['Should I buy bitcoin now?'] }] })] });
 * (await bouncer.scanInput('Is it a good time to buy bitcoin or ethereum?')).detections[0].detected; // true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function contentBanTopics(options: BanTopicsOptions): Scanner<ResolvedBanTopicsOptions> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError('content/ban-topics: options must be an object with topics');
  for (const key of Object.keys(options)) if (!['topics', 'sentences', 'similarity'].includes(key)) throw new ConfigError(`content/ban-topics: unknown option "${key}"`);
  if (!Array.isArray(options.topics) || options.topics.length === 0) throw new ConfigError('content/ban-topics: topics must be a non-empty array');
  const topics = options.topics.map((t, i) => {
    if (typeof t === 'string') {
      if (t.trim() === '') throw new ConfigError(`content/ban-topics: topic ${i} is empty`);
      return Object.freeze({ name: t.trim(), examples: Object.freeze([] as string[]) });
    }
    if (typeof t !== 'object' || t === null || typeof t.name !== 'string' || t.name.trim() === '') throw new ConfigError(`content/ban-topics: topic ${i} must be a string or { name, examples? }`);
    const ex = t.examples ?? [];
    if (!Array.isArray(ex) || !ex.every((e) => typeof e === 'string' && e.trim() !== '')) throw new ConfigError(`content/ban-topics: examples of topic "${t.name}" must be non-empty strings`);
    return Object.freeze({ name: t.name.trim(), examples: Object.freeze(ex.map((e) => e.trim())) });
  });
  const sentences = checkBoolean(options.sentences, 'content/ban-topics: sentences', false);
  const similarity = options.similarity === undefined ? 0.2 : checkUnit(options.similarity, 'content/ban-topics: similarity');
  if (similarity === 0) throw new ConfigError('content/ban-topics: similarity must be above 0');
  const resolved: ResolvedBanTopicsOptions = Object.freeze({ topics: Object.freeze(topics), sentences, similarity });

  // Topic vectors depend only on the options and the model: one computation per host, shared by
  // concurrent scans (a failed one is dropped so the next scan retries).
  const cache = new WeakMap<ModelHost, Promise<Array<{ topic: number; vector: Float32Array }>>>();
  const topicVectors = (host: ModelHost): Promise<Array<{ topic: number; vector: Float32Array }>> => {
    let p = cache.get(host);
    if (p === undefined) {
      const texts = topics.flatMap((t, i) => [t.name, ...t.examples].map((text) => ({ topic: i, text })));
      p = Promise.all(texts.map(async ({ topic, text }) => ({ topic, vector: await host.embed(EMBEDDER_MODEL, text) })));
      const q = p;
      cache.set(host, q);
      q.catch(() => {
        if (cache.get(host) === q) cache.delete(host);
      });
    }
    return p;
  };

  return defineScanner<ResolvedBanTopicsOptions>({
    id: 'content/ban-topics',
    kind: 'both',
    category: 'content',
    severity: 'medium',
    description: `Text about banned topics (${topics.map((t) => t.name).join(', ')}): embedder cosine to the topics' descriptions and examples`,
    threshold: 0.5,
    options: resolved,
    models: [EMBEDDER_MODEL],
    wholeText: true,
    async scan(view, ctx): Promise<Verdict> {
      const text = view.normalized;
      if (text.trim().length === 0) return { score: 0 };
      const tv = await topicVectors(ctx.models);
      const pieces: Array<{ start: number; end: number; text: string }> = chunks(text);
      if (sentences) {
        // Sentences are short by nature: longer runs (tables, lists without marks) are covered by
        // the whole-text embedding, and the characters embedded one by one are capped.
        const spans = sentenceSpans(text, MAX_SENTENCES);
        let budget = MAX_SENTENCE_CHARS;
        if (spans.length > 1) {
          for (const sp of spans) {
            if (sp.text.length > MAX_SENTENCE || sp.text.length > budget) continue;
            budget -= sp.text.length;
            pieces.push(sp);
          }
        }
      }
      let best = -1;
      let bestTopic = 0;
      let bestPiece = pieces[0] as { start: number; end: number };
      for (const piece of pieces) {
        const v = await ctx.models.embed(EMBEDDER_MODEL, piece.text);
        for (const t of tv) {
          const c = cosine(v, t.vector);
          if (c > best) {
            best = c;
            bestTopic = t.topic;
            bestPiece = piece;
          }
        }
      }
      const score = similarityScore(best, similarity);
      const name = (topics[bestTopic] as { name: string }).name;
      const matches: Match[] = score >= 0.5 ? [{ ...view.toRaw(bestPiece.start, bestPiece.end), label: `topic:${name}` }] : [];
      return { score, matches, explanation: `Closest banned topic: "${name}" (cosine ${best.toFixed(3)}; 0.5 at ${similarity}).` };
    },
  });
}
