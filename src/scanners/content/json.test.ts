import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import { contentJson } from './json.js';
import { findJson, repairJson } from './json-repair.js';

describe('json repair', () => {
  it('repairs what models commonly break', () => {
    expect(repairJson("{name: 'Ada', tags: ['x', 'y',],")?.text).toBe('{"name":"Ada","tags":["x","y"]}');
    expect(repairJson('{"a": 1, "b": [1,2,3], "c": {"d": "e"')?.text).toBe('{"a":1,"b":[1,2,3],"c":{"d":"e"}}');
    expect(repairJson("{'ok': True, 'v': None}")?.text).toBe('{"ok":true,"v":null}');
    expect(repairJson('{"a": 1 "b": 2}')?.text).toBe('{"a":1,"b":2}');
    expect(repairJson('{“a”: “b”}')?.text).toBe('{"a":"b"}');
    expect(repairJson('{"a": "cut off')?.text).toBe('{"a":"cut off"}');
    expect(repairJson('{"a": 1, "b":')?.text).toBe('{"a":1}');
    expect(repairJson('{"a": 1, // note\n "b": 2}')?.value).toEqual({ a: 1, b: 2 });
  });
  it('leaves valid JSON alone and refuses what is not JSON', () => {
    expect(repairJson('{"a":[1,2]}')).toMatchObject({ text: '{"a":[1,2]}', fixes: 0 });
    expect(repairJson('{name}')).toBeUndefined();
    expect(repairJson('[citation needed]')).toBeUndefined();
    expect(repairJson(`${'['.repeat(400)}${']'.repeat(400)}`)?.fixes).toBe(0); // JSON.parse reads it
    expect(repairJson(`${'['.repeat(400)}1,`)).toBeUndefined(); // too deep for the lenient reader
  });
  it('never evaluates anything', () => {
    const r = repairJson('{"a": constructor, "b": process.exit(1)}');
    expect(r).toBeUndefined();
    const proto = repairJson('{"__proto__": {"polluted": true}, a: 1,}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(proto?.text).toBe('{"__proto__":{"polluted":true},"a":1}');
  });
  it('finds fenced and bare blocks, skipping prose brackets and citations', () => {
    const blocks = findJson('Here:\n```json\n{"name": "x", "age": 3,}\n```\nAlso {"ok": true}, see [1] and {name} or [citation needed].');
    expect(blocks.map((b) => [b.fenced, b.status])).toEqual([
      [true, 'repaired'],
      [false, 'valid'],
    ]);
    expect(findJson('```json\nnot json at all\n```')[0]?.status).toBe('broken');
  });
});

describe('content/json', () => {
  it('flags a response without the required JSON', async () => {
    const v = await runScanner(contentJson({ required: 1 }), 'Sure! The user is Ada, aged 36.', { direction: 'output' });
    expect(v.score).toBe(1);
  });
  it('passes valid JSON', async () => {
    const v = await runScanner(contentJson({ required: 1 }), 'Here it is: {"name": "Ada", "age": 36}', { direction: 'output' });
    expect(v.score).toBe(0);
  });
  it('flags broken JSON and rewrites it when asked', async () => {
    const text = "Result:\n```json\n{name: 'Ada', langs: ['en', 'fr',]}\n```";
    const plain = await runScanner(contentJson(), text, { direction: 'output' });
    expect(plain.score).toBe(0.8);
    expect(plain.matches?.[0]?.replacement).toBeUndefined();
    const fix = contentJson({ required: 1, repair: true });
    expect(fix.sanitizer).toEqual({ order: 70, mitigates: true });
    const v = await runScanner(fix, text, { direction: 'output' });
    expect(applyReplacements(text, v.matches ?? [])).toBe('Result:\n```json\n{"name":"Ada","langs":["en","fr"]}\n```');
  });
  it('a repaired block counts towards required only with repair', async () => {
    const text = '{"a": 1,}';
    expect((await runScanner(contentJson({ required: 1 }), text, { direction: 'output' })).score).toBe(1);
    expect((await runScanner(contentJson({ required: 1, repair: true }), text, { direction: 'output' })).score).toBe(0.8);
  });
  it('hostile input stays linear and defined', async () => {
    const v = await runScanner(contentJson(), '{"a":'.repeat(50_000), { direction: 'output' });
    expect(v.score).toBeGreaterThanOrEqual(0);
  });
  it('bad options are ConfigErrors', () => {
    expect(() => contentJson({ required: -1 })).toThrow(ConfigError);
    expect(() => contentJson({ required: 1.5 })).toThrow(ConfigError);
    expect(() => contentJson({ repair: 1 as never })).toThrow(ConfigError);
  });
});
