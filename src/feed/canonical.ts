/**
 * @module feed/canonical — the canonical JSON a feed signature covers: RFC 8785 (JCS) for the
 * values a feed holds — object keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers as ECMAScript `JSON.stringify` writes them (which is what JCS specifies). The same
 * feed therefore signs to the same bytes whatever the key order or indentation it travelled in.
 */

/**
 * Canonical JSON of a plain value. Throws `TypeError` for values JSON cannot carry exactly
 * (non-finite numbers, `undefined`, functions, symbols, bigints, class instances).
 *
 * @example
 * ```ts
 * canonicalJson({ b: [1, 'x'], a: true }); // '{"a":true,"b":[1,"x"]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, 0);
  return parts.join('');
}

function write(v: unknown, out: string[], depth: number): void {
  if (depth > 32) throw new TypeError('canonical JSON: nested too deeply');
  if (v === null || typeof v === 'boolean') {
    out.push(String(v));
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TypeError('canonical JSON: numbers must be finite');
    out.push(JSON.stringify(v));
  } else if (typeof v === 'string') {
    out.push(JSON.stringify(v));
  } else if (Array.isArray(v)) {
    out.push('[');
    v.forEach((x, i) => {
      if (i > 0) out.push(',');
      write(x, out, depth + 1);
    });
    out.push(']');
  } else if (typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
    // Default sort compares UTF-16 code units, as JCS requires.
    const keys = Object.keys(v).sort();
    out.push('{');
    keys.forEach((k, i) => {
      if (i > 0) out.push(',');
      out.push(JSON.stringify(k), ':');
      write((v as Record<string, unknown>)[k], out, depth + 1);
    });
    out.push('}');
  } else {
    throw new TypeError(`canonical JSON: cannot encode a ${typeof v}`);
  }
}
