import { describe, expect, it } from 'vitest';
import { aggregateBouncer, aggregateDefault } from '../../src/engine/aggregate.js';
import { createBouncer } from '../../src/engine/create-bouncer.js';
import { windowsOf } from '../../src/engine/run.js';
import { BouncerError, ConfigError } from '../../src/errors.js';
import { defineScanner } from '../../src/scanners/define.js';
import { policyBanSubstrings } from '../../src/scanners/policy/ban-substrings.js';
import type { Detection, Scanner, Severity } from '../../src/types.js';

/** A scanner that reports a fixed score when the text contains `word`. */
function wordScanner(id: string, word: string, opts: { score?: number; severity?: Severity; kind?: 'input' | 'output' | 'both' } = {}): Scanner {
  return defineScanner({
    id,
    kind: opts.kind ?? 'both',
    category: 'policy',
    severity: opts.severity ?? 'high',
    description: `finds ${word}`,
    threshold: 0.5,
    options: {},
    scan(view) {
      const i = view.normalized.indexOf(word);
      if (i === -1) return { score: 0 };
      return { score: opts.score ?? 0.9, matches: [{ ...view.toRaw(i, i + word.length), label: word }], explanation: `found ${word}` };
    },
  }) as Scanner;
}

/** A sanitizer replacing `word` with `[W]`. */
function wordRedactor(id: string, word: string, order: number, mitigates = true): Scanner {
  return defineScanner({
    id,
    kind: 'both',
    category: 'pii',
    severity: 'low',
    description: `redacts ${word}`,
    threshold: 0.5,
    options: {},
    sanitizer: { order, mitigates },
    scan(view) {
      const out = [];
      let i = view.normalized.indexOf(word);
      while (i !== -1) {
        out.push({ ...view.toRaw(i, i + word.length), label: word, replacement: `[${word.toUpperCase()}]` });
        i = view.normalized.indexOf(word, i + word.length);
      }
      return { score: out.length > 0 ? 0.9 : 0, matches: out };
    },
  }) as Scanner;
}

const det = (severity: Severity, score: number, extra: Partial<Detection> = {}): Detection => ({
  scannerId: `x/${severity}-${score}`,
  category: 'policy',
  detected: true,
  score,
  threshold: 0.5,
  severity,
  matches: [],
  explanation: '',
  sanitized: false,
  mitigated: false,
  durationMs: 0,
  ...extra,
});

describe('aggregation', () => {
  it("'bouncer' reproduces Prompt Bouncer's weighted average, including the dilution case", () => {
    const oneCritical = aggregateBouncer([det('critical', 0.9)]);
    expect(oneCritical.threatLevel).toBe(10);
    expect(oneCritical.recommendation).toBe('block');
    const diluted = aggregateBouncer([det('critical', 0.9), det('medium', 0.6), det('low', 0.6)]);
    expect(diluted.threatLevel).toBe(5.56); // (3 + 1 + 1) / (3 × 3) × 10
    expect(diluted.recommendation).toBe('inspect');
    expect(diluted.confidence).toBe(0.78); // (3×0.9 + 0.6 + 0.6) / 5
    expect(aggregateBouncer([])).toEqual({ riskScore: 0, threatLevel: 0, confidence: 1, recommendation: 'allow' });
    expect(aggregateBouncer([det('medium', 0.7)]).threatLevel).toBe(3.33);
    expect(aggregateBouncer([det('high', 0.7)]).threatLevel).toBe(6.67);
  });

  it('default never scores lower because more scanners fired (the dilution case blocks)', () => {
    const alone = aggregateDefault([det('critical', 0.9)]);
    const more = aggregateDefault([det('critical', 0.9), det('medium', 0.6), det('low', 0.6)]);
    expect(more.threatLevel).toBeGreaterThanOrEqual(alone.threatLevel);
    expect(more.recommendation).toBe('block');
  });

  it('default is monotone over random sets of findings', () => {
    const severities: Severity[] = ['low', 'medium', 'high', 'critical'];
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 500; trial++) {
      const ds: Detection[] = [];
      let prev = 0;
      for (let k = 0; k < 6; k++) {
        ds.push(det(severities[Math.floor(rnd() * 4)] as Severity, 0.5 + rnd() / 2, { mitigated: rnd() < 0.3 }));
        const level = aggregateDefault(ds).threatLevel;
        expect(level).toBeGreaterThanOrEqual(prev);
        prev = level;
      }
    }
  });

  it('default: a low finding alone stays allowed, a high one blocks, mitigated findings count as low', () => {
    expect(aggregateDefault([det('low', 1)]).recommendation).toBe('allow');
    expect(aggregateDefault([det('high', 0.95)]).recommendation).toBe('block');
    expect(aggregateDefault([det('medium', 0.9)]).recommendation).toBe('inspect');
    expect(aggregateDefault([det('high', 0.95, { mitigated: true }), det('medium', 0.9, { mitigated: true })]).recommendation).toBe('allow');
    expect(aggregateDefault([det('critical', 0.5)]).recommendation).toBe('block');
    expect(aggregateDefault([det('high', 0.9, { detected: false })]).threatLevel).toBe(0);
  });
});

describe('engine', () => {
  it('runs scanners, reports offsets into the original text and builds a full report', async () => {
    const bouncer = await createBouncer({ scanners: [wordScanner('t/evil', 'evil')] });
    const text = 'an ｅｖｉｌ\u200B plan';
    const r = await bouncer.scanInput(text);
    expect(r.scanId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.direction).toBe('input');
    expect(new Date(r.timestamp).toString()).not.toBe('Invalid Date');
    expect(r.scannerCount).toBe(1);
    const d = r.detections[0] as Detection;
    expect(d.detected).toBe(true);
    expect(d.matches).toHaveLength(1);
    expect(text.slice(d.matches[0]?.start, d.matches[0]?.end)).toBe('ｅｖｉｌ');
    expect(r.recommendation).toBe('block');
    expect(r.allowed).toBe(false);
    expect(r.description).toContain('t/evil');
    expect(r.input.issues).toContain('invisible-chars');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('deduplicates matches by span and label (short and long lists alike), keeping the first and clamping offsets', async () => {
    for (const n of [3, 200]) {
      const found = Array.from({ length: n }, (_, i) => ({ start: i, end: i + 2, label: 'a' }));
      // Every span twice with the same label, once more with another label, and out of range.
      const matches = [...found, ...found.map((m) => ({ ...m, replacement: 'X' })), ...found.map((m) => ({ ...m, label: 'b' })), { start: -5, end: 1e9, label: 'a' }];
      const scanner = defineScanner({ id: 't/dup', kind: 'input', category: 'policy', severity: 'low', description: 'duplicates', threshold: 0.5, options: {}, scan: () => ({ score: 0.9, matches }) }) as Scanner;
      const bouncer = await createBouncer({ scanners: [scanner] });
      const text = 'x'.repeat(n + 10);
      const d = (await bouncer.scanInput(text)).detections[0] as Detection;
      expect(d.matches).toHaveLength(2 * n + 1);
      expect(d.matches.filter((m) => m.label === 'a' && m.start === 1 && m.end === 3)).toEqual([{ start: 1, end: 3, label: 'a' }]);
      expect(d.matches.some((m) => m.replacement !== undefined)).toBe(false);
      expect(d.matches).toContainEqual({ start: 0, end: text.length, label: 'a' });
      for (let k = 1; k < d.matches.length; k++) expect((d.matches[k - 1] as { start: number }).start).toBeLessThanOrEqual((d.matches[k] as { start: number }).start);
    }
  });

  it('gives the same hash as Node crypto', async () => {
    const { createHash } = await import('node:crypto');
    const bouncer = await createBouncer({ scanners: [] });
    const r = await bouncer.scanInput('héllo');
    expect(r.inputHash).toBe(createHash('sha256').update('héllo', 'utf8').digest('hex'));
  });

  it('hashes like the JavaScript SHA-256 over TextEncoder bytes (the browser path), lone surrogates included', async () => {
    const { sha256, sha256Hex, toHex } = await import('../../src/engine/hash.js');
    for (const text of ['', 'abc', 'a\uD800b', '\uDC00', 'x'.repeat(20_000), '\u{1F600}é\u0000']) {
      expect(await sha256Hex(text)).toBe(toHex(sha256(new TextEncoder().encode(text))));
    }
  });

  it('isolates a failing scanner and never lets its silence become an allow', async () => {
    const broken = defineScanner({ id: 't/broken', kind: 'both', category: 'policy', severity: 'high', description: 'throws', threshold: 0.5, options: {}, scan: () => { throw new Error('boom'); } }) as Scanner;
    const bouncer = await createBouncer({ scanners: [broken, wordScanner('t/evil', 'evil')] });
    const r = await bouncer.scanInput('nothing here');
    expect(r.detections[0]?.error).toEqual({ code: 'SCANNER_ERROR', message: 'boom' });
    expect(r.detections[0]?.detected).toBe(false);
    expect(r.detections[1]?.error).toBeUndefined();
    expect(r.recommendation).toBe('inspect');
    const strict = await createBouncer({ scanners: [broken], blockOnError: true });
    expect((await strict.scanInput('nothing here')).recommendation).toBe('block');
  });

  it('times out a hung async scanner and keeps the others', async () => {
    const hung = defineScanner({ id: 't/hung', kind: 'both', category: 'policy', severity: 'high', description: 'never settles', threshold: 0.5, options: {}, scan: () => new Promise(() => undefined) }) as Scanner;
    const bouncer = await createBouncer({ scanners: [hung, wordScanner('t/evil', 'evil')], scannerTimeoutMs: 50 });
    const r = await bouncer.scanInput('evil');
    expect(r.detections[0]?.error?.code).toBe('SCANNER_TIMEOUT');
    expect(r.detections[1]?.detected).toBe(true);
  });

  it('rejects bad verdicts as scanner errors', async () => {
    const bad = defineScanner({ id: 't/bad', kind: 'both', category: 'policy', severity: 'low', description: 'NaN', threshold: 0.5, options: {}, scan: () => ({ score: Number.NaN }) }) as Scanner;
    const r = await (await createBouncer({ scanners: [bad] })).scanInput('x');
    expect(r.detections[0]?.error?.code).toBe('SCANNER_ERROR');
  });

  it('aborts a scan through its signal', async () => {
    const slow = defineScanner({ id: 't/slow', kind: 'both', category: 'policy', severity: 'high', description: 'slow', threshold: 0.5, options: {}, scan: () => new Promise((r) => setTimeout(() => r({ score: 0 }), 200)) }) as Scanner;
    const bouncer = await createBouncer({ scanners: [slow] });
    const ac = new AbortController();
    const p = bouncer.scanInput('hello', { signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(bouncer.scanInput('hello', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(BouncerError);
  });

  it('runs sanitizers in declared order, each on the previous output', async () => {
    const seen: string[] = [];
    const spy = (id: string, order: number): Scanner => defineScanner({
      id, kind: 'both', category: 'pii', severity: 'low', description: 'spy', threshold: 0.5, options: {}, sanitizer: { order, mitigates: true },
      scan(view) {
        seen.push(`${id}:${view.raw}`);
        const i = view.raw.indexOf('a');
        return i === -1 ? { score: 0 } : { score: 0.9, matches: [{ start: i, end: i + 1, label: 'a', replacement: id.slice(2) }] };
      },
    }) as Scanner;
    const bouncer = await createBouncer({ scanners: [spy('t/second', 20), spy('t/first', 10)] });
    const r = await bouncer.scanInput('xax');
    expect(r.sanitized).toBe('xfirstx');
    // detection on the original, then "second" rescans the text "first" rewrote (no 'a' left)
    expect(seen).toContain('t/second:xfirstx');
    expect(r.detections.find((d) => d.scannerId === 't/first')?.sanitized).toBe(true);
    expect(r.detections.find((d) => d.scannerId === 't/second')?.sanitized).toBe(false);
  });

  it('a mitigated sanitizer finding does not block, an unmitigated one does', async () => {
    const r1 = await (await createBouncer({ scanners: [wordRedactor('t/red', 'secret', 20, true)] })).scanInput('my secret');
    expect(r1.sanitized).toBe('my [SECRET]');
    expect(r1.detections[0]?.mitigated).toBe(true);
    expect(r1.recommendation).toBe('allow');
  });

  it('allowlist passes at once; blocklist blocks with score 1', async () => {
    const bouncer = await createBouncer({ scanners: [wordScanner('t/evil', 'evil')], allowlist: ['Evil Corp quarterly report', /^ping$/], blocklist: ['forbidden phrase'] });
    const a = await bouncer.scanInput('  evil corp quarterly REPORT ');
    expect(a).toMatchObject({ recommendation: 'allow', listMatch: 'allowlist', scannerCount: 0 });
    expect((await bouncer.scanInput('evil corp quarterly report, evil')).recommendation).toBe('block');
    const b = await bouncer.scanInput('this has a FORBIDDEN phrase');
    expect(b).toMatchObject({ recommendation: 'block', riskScore: 1, threatLevel: 10, listMatch: 'blocklist' });
  });

  it('enforces the input contract', async () => {
    const bouncer = await createBouncer({ scanners: [wordScanner('t/evil', 'evil')] });
    for (const bad of [42, null, undefined, {}, ['x'], Symbol('s')]) {
      await expect(bouncer.scanInput(bad as unknown as string)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    await expect(bouncer.scanOutput('p', 7 as unknown as string)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    for (const empty of ['', '   ', '\n\t']) {
      const r = await bouncer.scanInput(empty);
      expect(r).toMatchObject({ recommendation: 'allow', allowed: true, detections: [], sanitized: empty });
    }
    const odd = await bouncer.scanInput('a\uD800b\u0000c evil');
    expect(odd.input.issues).toEqual(expect.arrayContaining(['lone-surrogate', 'nul']));
    expect(odd.detections[0]?.detected).toBe(true);
    const mixed = await bouncer.scanInput('p\u0430yp\u0430l login');
    expect(mixed.input.issues).toContain('mixed-scripts');
  });

  it('chunks long input and still finds an attack in the tail', async () => {
    const bouncer = await createBouncer({ scanners: [wordScanner('t/evil', 'evil')], maxInputLength: 1000 });
    const text = `${'lorem ipsum '.repeat(500)}evil`;
    const r = await bouncer.scanInput(text);
    expect(r.input.chunks).toBeGreaterThan(5);
    expect(r.input.issues).toContain('chunked');
    const m = r.detections[0]?.matches[0];
    expect(m && text.slice(m.start, m.end)).toBe('evil');
    // a word straddling a window cut is found once, not twice
    const straddle = `${'x'.repeat(998)}evil${'y'.repeat(3000)}`;
    const r2 = await bouncer.scanInput(straddle);
    expect(r2.detections[0]?.matches).toHaveLength(1);
  });

  it("rejects long input with oversize 'reject'", async () => {
    const bouncer = await createBouncer({ scanners: [], maxInputLength: 300, oversize: 'reject' });
    await expect(bouncer.scanInput('a'.repeat(301))).rejects.toMatchObject({ code: 'INPUT_TOO_LONG' });
    expect((await bouncer.scanInput('a'.repeat(300))).recommendation).toBe('allow');
  });

  it('windows cover the text, overlap, and never split a surrogate pair', () => {
    const text = '😀'.repeat(3000);
    const ws = windowsOf(text, 1001);
    expect(ws[0]?.start).toBe(0);
    expect(ws[ws.length - 1]?.end).toBe(text.length);
    for (let i = 1; i < ws.length; i++) {
      expect((ws[i] as { start: number }).start).toBeLessThan((ws[i - 1] as { end: number }).end);
      expect(text.charCodeAt((ws[i] as { start: number }).start)).toBeGreaterThanOrEqual(0xd800);
      expect(text.charCodeAt((ws[i] as { start: number }).start)).toBeLessThan(0xdc00);
    }
  });

  it('manages scanners at run time', async () => {
    const bouncer = await createBouncer({ scanners: [wordScanner('t/evil', 'evil')] });
    expect(bouncer.scanners.list().map((e) => e.scanner.id)).toEqual(['t/evil']);
    bouncer.scanners.disable('t/evil');
    expect((await bouncer.scanInput('evil')).scannerCount).toBe(0);
    bouncer.scanners.enable('t/evil');
    expect((await bouncer.scanInput('evil')).scannerCount).toBe(1);
    bouncer.scanners.register(wordScanner('t/bad', 'bad', { severity: 'medium' }));
    expect((await bouncer.scanInput('bad')).detections.map((d) => d.scannerId)).toEqual(['t/evil', 't/bad']);
    expect(() => bouncer.scanners.register(wordScanner('t/bad', 'bad'))).toThrow(expect.objectContaining({ code: 'DUPLICATE_SCANNER' }));
    expect(() => bouncer.scanners.enable('t/none')).toThrow(expect.objectContaining({ code: 'UNKNOWN_SCANNER' }));
    expect(() => bouncer.scanners.register({ id: 'x' } as unknown as Scanner)).toThrow(ConfigError);
    expect(bouncer.scanners.unregister('t/bad')).toBe(true);
    expect(bouncer.scanners.unregister('t/bad')).toBe(false);
    expect(bouncer.scanners.get('t/evil')?.threshold).toBe(0.5);
  });

  it('applies threshold overrides and direction filters', async () => {
    const bouncer = await createBouncer({ scanners: [wordScanner('t/evil', 'evil', { score: 0.6 }), wordScanner('t/out', 'evil', { kind: 'output' })], thresholds: { 't/evil': 0.7 } });
    const r = await bouncer.scanInput('evil');
    expect(r.detections.map((d) => d.scannerId)).toEqual(['t/evil']);
    expect(r.detections[0]?.detected).toBe(false);
    const o = await bouncer.scanOutput('q', 'evil');
    expect(o.direction).toBe('output');
    expect(o.detections.map((d) => d.scannerId)).toEqual(['t/evil', 't/out']);
    await expect(createBouncer({ scanners: [], thresholds: { 't/none': 0.5 } })).rejects.toBeInstanceOf(ConfigError);
  });

  it('validates options', async () => {
    await expect(createBouncer({ aggregate: 'max' as unknown as 'default' })).rejects.toBeInstanceOf(ConfigError);
    await expect(createBouncer({ maxInputLength: 10 })).rejects.toBeInstanceOf(ConfigError);
    await expect(createBouncer({ levels: { allow: 7, inspect: 3 } })).rejects.toBeInstanceOf(ConfigError);
    await expect(createBouncer({ allowlist: [3 as unknown as string] })).rejects.toBeInstanceOf(ConfigError);
  });

  it('scanBatch keeps input order, mixes input and output items, reports progress', async () => {
    const bouncer = await createBouncer({ scanners: [wordScanner('t/evil', 'evil')] });
    const progress: number[] = [];
    const items = Array.from({ length: 25 }, (_, i) => (i % 3 === 0 ? `evil ${i}` : i % 3 === 1 ? { prompt: `p${i}`, response: `fine ${i}` } : `fine ${i}`));
    const reports = await bouncer.scanBatch(items, { concurrency: 3, onProgress: (d) => progress.push(d) });
    expect(reports).toHaveLength(25);
    reports.forEach((r, i) => {
      expect(r.recommendation).toBe(i % 3 === 0 ? 'block' : 'allow');
      expect(r.direction).toBe(i % 3 === 1 ? 'output' : 'input');
    });
    expect(progress[progress.length - 1]).toBe(25);
    await expect(bouncer.scanBatch(['ok', 5 as unknown as string])).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { index: 1 } });
  });

  it('keeps placeholders consistent within a conversation and records history', async () => {
    const bouncer = await createBouncer({ scanners: [wordRedactor('t/red', 'alice', 90)] });
    const convo = bouncer.conversation();
    await bouncer.scanInput('hi alice', { conversation: convo });
    await bouncer.scanOutput('hi alice', 'hello', { conversation: convo });
    expect(convo.history.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(convo.history[0]?.content).toBe('hi [ALICE]');
    await expect(bouncer.scanInput('x', { conversation: { id: 'fake', history: [], placeholders: convo.placeholders } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses scans after close', async () => {
    const bouncer = await createBouncer({ scanners: [] });
    await bouncer.close();
    await expect(bouncer.scanInput('x')).rejects.toMatchObject({ code: 'CLOSED' });
  });
});

describe('policy/ban-substrings', () => {
  it('matches through normalisation, by word, and redacts', async () => {
    const s = policyBanSubstrings({ substrings: ['falcon'], match: 'word', redact: true });
    const bouncer = await createBouncer({ scanners: [s] });
    const r = await bouncer.scanInput('Project ＦＡＬＣＯＮ launches; falconry is fine');
    expect(r.detections[0]?.matches).toHaveLength(1);
    expect(r.sanitized).toBe('Project [REDACTED] launches; falconry is fine');
    expect(() => policyBanSubstrings({ substrings: [] })).toThrow(ConfigError);
  });
});
