/// <reference types="vite/client" />
/**
 * The engine in a real Chromium page, with only the dependency-free policy and obfuscation
 * scanners: the report pipeline, WebCrypto hashing, the lazily loaded tokenizer chunk, and a
 * static check that nothing the library ships imports Node built-ins.
 */
import { describe, expect, it } from 'vitest';
import { createBouncer } from '../../src/engine/create-bouncer.js';
import { BouncerError } from '../../src/errors.js';
import { obfuscationInvisibleText } from '../../src/scanners/obfuscation/invisible-text.js';
import { policyBanSubstrings } from '../../src/scanners/policy/ban-substrings.js';
import { policyRegex } from '../../src/scanners/policy/regex.js';
import { policyTokenLimit } from '../../src/scanners/policy/token-limit.js';

/** Source text of every library module (CLI, tests and the Node file reader in src/runtime excluded: Node-only by design). */
const SOURCES = import.meta.glob(['../../src/**/*.ts', '!../../src/**/*.test.ts', '!../../src/cli/**', '!../../src/runtime/**'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Node built-ins a browser bundle cannot resolve, written with or without the `node:` scheme. */
const NODE_BUILTINS = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net', 'os', 'path', 'process', 'stream', 'url', 'util', 'worker_threads', 'zlib'];

function nodeImports(source: string): string[] {
  const found: string[] = [];
  const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]{1,200})\1/g;
  for (const m of source.matchAll(specifiers)) {
    const spec = m[2] as string;
    if (spec.startsWith('node:') || NODE_BUILTINS.includes(spec)) found.push(spec);
  }
  return found;
}

async function sha256HexInPage(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('engine in the browser', () => {
  it('runs in a real browser page (no Node globals)', () => {
    expect(typeof window).toBe('object');
    expect(typeof document).toBe('object');
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect((globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node).toBeUndefined();
  });

  it('no library module imports a Node built-in', () => {
    const files = Object.keys(SOURCES);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((f) => nodeImports(SOURCES[f] as string).map((spec) => `${f} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('the static check itself catches a node: import', () => {
    expect(nodeImports("import { readFileSync } from 'node:fs';\nconst x = await import(\"path\");")).toEqual(['node:fs', 'path']);
    expect(nodeImports("import { x } from './fs.js';")).toEqual([]);
  });

  it('scans with policy scanners, redacts, and hashes with WebCrypto', async () => {
    const bouncer = await createBouncer({
      scanners: [obfuscationInvisibleText(), policyBanSubstrings({ substrings: ['project falcon'], redact: true }), policyRegex({ patterns: ['\\bTICKET-[0-9]{4,8}\\b'] })],
    });
    // Two zero-width characters: one alone is deliberately below the threshold (copy-paste noise).
    const text = 'Please summarise the pro\u200Bject fal\u200Ccon notes for TICKET-12345.';
    const report = await bouncer.scanInput(text);
    expect(report.allowed).toBe(false);
    const ids = report.detections.filter((d) => d.detected).map((d) => d.scannerId).sort();
    expect(ids).toEqual(['obfuscation/invisible-text', 'policy/ban-substrings', 'policy/regex']);
    expect(report.sanitized).toBe('Please summarise the [REDACTED] notes for TICKET-12345.');
    expect(report.inputHash).toBe(await sha256HexInPage(text));
    expect(report.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('loads the gpt-tokenizer chunk lazily in the page', async () => {
    const bouncer = await createBouncer({ scanners: [policyTokenLimit({ limit: 50 })] });
    const words = Array.from({ length: 400 }, (_, i) => `word${i % 37}`).join(' ');
    const over = await bouncer.scanInput(words);
    const d = over.detections[0];
    expect(d?.error).toBeUndefined();
    expect(d?.detected).toBe(true);
    expect(d?.explanation).toMatch(/tokens, over the limit of 50/);
    const under = await bouncer.scanInput('A short question about tides.');
    expect(under.detections[0]?.detected).toBe(false);
  });

  it('rejects wrong input types with INVALID_INPUT', async () => {
    const bouncer = await createBouncer({ scanners: [obfuscationInvisibleText()] });
    await expect(bouncer.scanInput(42 as unknown as string)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(bouncer.scanInput(null as unknown as string)).rejects.toBeInstanceOf(BouncerError);
  });
});
