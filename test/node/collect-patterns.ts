/**
 * @module test/node/collect-patterns — finds every RegExp the library exports (directly or inside
 * exported arrays, objects, Maps and Sets) and builds hostile inputs for each one. Used by the
 * repo-wide ReDoS test; kept separate so the same collector can back a one-off script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** One distinct pattern (same source and flags) and every place it is exported from. */
export interface FoundPattern {
  readonly source: string;
  readonly flags: string;
  /** `src/scanners/pii/entities.ts#EMAIL`, `src/x.ts#RULES[3].re`, `src/y.ts#BY_KIND.get("aws")`. */
  readonly locations: string[];
}

/** A module that could not be imported, with the reason. */
export interface ImportFailure {
  readonly module: string;
  readonly error: string;
}

/**
 * Library source files under `root` (`src/`): `.ts` files except tests, declaration files and
 * entry points, which run when imported: executables (a `#!` first line) and worker entries (an
 * `@entry` tag in the module comment).
 */
export function listSourceModules(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') && !isEntry(readFileSync(path, 'utf8'))) out.push(path);
    }
  };
  walk(root);
  return out;
}

function isEntry(source: string): boolean {
  return source.startsWith('#!') || /^ \* @entry\b/m.test(source);
}

/** Import each file; returns the namespaces (keyed by path relative to `base`) and the failures. */
export async function importModules(files: readonly string[], base: string): Promise<{ modules: Map<string, Record<string, unknown>>; failures: ImportFailure[] }> {
  const modules = new Map<string, Record<string, unknown>>();
  const failures: ImportFailure[] = [];
  for (const file of files) {
    const name = relative(base, file).split(sep).join('/');
    try {
      modules.set(name, (await import(pathToFileURL(file).href)) as Record<string, unknown>);
    } catch (e) {
      failures.push({ module: name, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { modules, failures };
}

function isPlainObject(x: object): boolean {
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/**
 * Walk exported values and collect every RegExp, deduplicated by source and flags. Functions are
 * skipped (factories compile their own patterns from these exported ones); class instances other
 * than Map/Set are skipped; cycles and very deep nesting are cut.
 */
export function collectRegExps(modules: ReadonlyMap<string, Record<string, unknown>>): FoundPattern[] {
  const byKey = new Map<string, FoundPattern>();
  const seenObjects = new WeakSet<object>();
  const seenRegExps = new Map<RegExp, FoundPattern>();

  const add = (re: RegExp, where: string): void => {
    const known = seenRegExps.get(re);
    if (known !== undefined) {
      if (!known.locations.includes(where)) known.locations.push(where);
      return;
    }
    const key = `/${re.source}/${re.flags}`;
    let found = byKey.get(key);
    if (found === undefined) {
      found = { source: re.source, flags: re.flags, locations: [] };
      byKey.set(key, found);
    }
    found.locations.push(where);
    seenRegExps.set(re, found);
  };

  const visit = (value: unknown, where: string, depth: number): void => {
    if (value instanceof RegExp) {
      add(value, where);
      return;
    }
    if (typeof value !== 'object' || value === null || depth > 8) return;
    // An object reached twice (re-exports, shared tables) is walked once; the RegExps inside keep
    // the first path, which is enough to find them.
    if (seenObjects.has(value)) return;
    seenObjects.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${where}[${i}]`, depth + 1));
    } else if (value instanceof Map) {
      for (const [k, v] of value) {
        visit(v, `${where}.get(${JSON.stringify(typeof k === 'string' ? k : String(k))})`, depth + 1);
        if (k instanceof RegExp) add(k, `${where}.keys()`);
      }
    } else if (value instanceof Set) {
      let i = 0;
      for (const v of value) visit(v, `${where}.values()[${i++}]`, depth + 1);
    } else if (isPlainObject(value)) {
      for (const k of Object.keys(value)) {
        visit((value as Record<string, unknown>)[k], IDENT.test(k) ? `${where}.${k}` : `${where}[${JSON.stringify(k)}]`, depth + 1);
      }
    }
  };

  // Modules with longer paths first, so a pattern re-exported by a barrel is reported at its home.
  const names = [...modules.keys()].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
  for (const name of names) {
    const ns = modules.get(name) as Record<string, unknown>;
    for (const exportName of Object.keys(ns)) visit(ns[exportName], `${name}#${exportName}`, 0);
  }
  return [...byKey.values()];
}

/**
 * Every regular-expression literal written in the given source files, exported or not, found with
 * the TypeScript parser (so `/…/` inside strings and comments is not mistaken for one). This covers
 * module-private helpers (`const ESCAPE = /…/g`) that the export walk cannot see. Patterns built
 * at run time from options (`new RegExp(userPattern)`) are out of reach of both collectors.
 */
export function collectRegExpLiterals(files: readonly string[], base: string): FoundPattern[] {
  const out: FoundPattern[] = [];
  for (const file of files) {
    const name = relative(base, file).split(sep).join('/');
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const cut = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        try {
          const re = new RegExp(literal.slice(1, cut), literal.slice(cut + 1));
          out.push({ source: re.source, flags: re.flags, locations: [`${name}:${line}`] });
        } catch (e) {
          out.push({ source: literal.slice(1, cut), flags: literal.slice(cut + 1), locations: [`${name}:${line} (does not compile: ${(e as Error).message})`] });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Union of pattern lists, one entry per source and flags, locations concatenated in order. */
export function mergePatterns(...lists: ReadonlyArray<readonly FoundPattern[]>): FoundPattern[] {
  const byKey = new Map<string, FoundPattern>();
  for (const list of lists) {
    for (const p of list) {
      const key = `/${p.source}/${p.flags}`;
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, { source: p.source, flags: p.flags, locations: [...p.locations] });
      else for (const l of p.locations) if (!known.locations.includes(l)) known.locations.push(l);
    }
  }
  return [...byKey.values()];
}

/**
 * Literal runs inside a pattern source (`\beyJ[\w-]+\.eyJ` → `eyJ`, `.eyJ`), the raw material of
 * pattern-specific hostile inputs. Character classes, escapes for classes, group syntax and
 * quantifiers end a run; escaped punctuation counts as its literal character.
 */
export function literalFragments(source: string): string[] {
  const out = new Set<string>();
  let run = '';
  const flush = (): void => {
    if (run.length >= 2) out.add(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      i++;
      if (/[dDwWsSbBpPkucx0-9]/.test(n)) {
        flush();
        if (n === 'p' || n === 'P' || n === 'k') {
          // \p{…} / \k<…>: skip the braces or angle brackets.
          const close = source.indexOf(n === 'k' ? '>' : '}', i);
          if (close > i) i = close;
        } else if (n === 'u' && source[i + 1] === '{') {
          const close = source.indexOf('}', i);
          if (close > i) i = close;
        } else if (n === 'x') i += 2;
        else if (n === 'u') i += 4;
        else if (n === 'c') i += 1;
      } else if (n === 'n') run += '\n';
      else if (n === 't') run += '\t';
      else if (n === 'r') run += '\r';
      else if (n === 'f' || n === 'v') flush();
      else run += n;
      continue;
    }
    if (c === '[') {
      flush();
      // Skip the class, honouring escapes and nested classes (v flag).
      let depth = 1;
      for (i++; i < source.length && depth > 0; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') depth++;
        else if (source[i] === ']') depth--;
      }
      i--;
      continue;
    }
    if (c === '(') {
      flush();
      if (source[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (source[i + 1] === '<' && source[i + 2] !== '=' && source[i + 2] !== '!') {
          const close = source.indexOf('>', i);
          if (close > i) i = close;
        } else i++;
        if (source[i] === '<') i++;
      }
      continue;
    }
    if (c === '{') {
      const close = source.indexOf('}', i);
      if (close > i && /^\{\d+(,\d*)?\}$/.test(source.slice(i, close + 1))) {
        // A quantifier applies to the last character only: it is not part of the literal run.
        run = run.slice(0, -1);
        flush();
        i = close;
        continue;
      }
    }
    if (c === '*' || c === '+' || c === '?') {
      run = run.slice(0, -1);
      flush();
      continue;
    }
    if (c === ')' || c === '|' || c === '^' || c === '$' || c === '.') {
      flush();
      continue;
    }
    run += c;
  }
  flush();
  return [...out];
}

/** Generic hostile inputs: long runs of the characters most patterns quantify over. */
export function genericAdversarialStrings(length = 50_000): Array<{ name: string; text: string }> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    { name: "'a' × n", text: fill('a') },
    { name: "' ' × n", text: fill(' ') },
    { name: "'a ' × n", text: fill('a ') },
    { name: "'-' × n", text: fill('-') },
    { name: "'\\t\\n' × n", text: fill('\t\n') },
    { name: "'@' × n", text: fill('@') },
    { name: 'digits', text: fill('0123456789') },
    { name: "'aA1_-.' × n", text: fill('aA1_-.') },
    { name: "'=' × n", text: fill('=') },
    { name: "'a.' × n + '!'", text: `${fill('a.').slice(0, length - 1)}!` },
    { name: 'mixed', text: fill('ab.c-d_e@f:g/h=i+j 0x1F,"k": [l]\n') },
  ];
}

/**
 * Inputs built from a pattern's own literals: each fragment repeated, repeated with separators,
 * repeated with a spoiler at the end (the classic trigger for nested quantifiers), and all
 * fragments interleaved.
 */
export function patternAdversarialStrings(source: string, length = 50_000): Array<{ name: string; text: string }> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);
  const frags = literalFragments(source)
    .sort((a, b) => b.length - a.length)
    .slice(0, 4);
  const out: Array<{ name: string; text: string }> = [];
  for (const f of frags) {
    const label = JSON.stringify(f.length > 24 ? `${f.slice(0, 24)}…` : f);
    out.push({ name: `${label} × n`, text: fill(f) });
    out.push({ name: `(${label} + 'a1 ') × n`, text: fill(`${f}a1 `) });
    out.push({ name: `${label} × n + '!'`, text: `${fill(f).slice(0, length - 1)}!` });
  }
  if (frags.length > 1) out.push({ name: 'all fragments interleaved', text: fill(frags.join('x')) });
  // Single characters the pattern quantifies over are covered by the generic strings; a pattern
  // with no literals at all still gets its first literal character stressed.
  const single = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').match(/[A-Za-z0-9]/)?.[0];
  if (frags.length === 0 && single !== undefined) out.push({ name: `'${single}' × n + '!'`, text: `${fill(single).slice(0, length - 1)}!` });
  return out;
}
