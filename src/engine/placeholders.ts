/**
 * @module engine/placeholders — the per-conversation placeholder table behind Anonymize and
 * Deanonymize. The same value of the same kind always gets the same placeholder; numbering is per
 * kind (`[REDACTED_EMAIL_1]`, `[REDACTED_EMAIL_2]`, `[REDACTED_PHONE_1]`). The table lives in the
 * conversation object only: it never enters a report, the history or any store.
 */
import type { PlaceholderTable } from '../types.js';

/** Kinds become upper-case identifiers: `credit card` → `CREDIT_CARD`. */
export function placeholderKind(kind: string): string {
  const k = kind.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  // Trim underscores with a loop: `/^_+|_+$/` is quadratic on a long run of underscores.
  let a = 0;
  let b = k.length;
  while (a < b && k.charCodeAt(a) === 0x5f) a++;
  while (b > a && k.charCodeAt(b - 1) === 0x5f) b--;
  return b > a ? k.slice(a, b) : 'VALUE';
}

/**
 * A new, empty table.
 *
 * @example
 * ```ts
 * const t = createPlaceholderTable();
 * t.placeholderFor('email', 'a@b.example'); // '[REDACTED_EMAIL_1]'
 * t.originalOf('[REDACTED_EMAIL_1]');       // 'a@b.example'
 * ```
 */
export function createPlaceholderTable(): PlaceholderTable {
  const byKey = new Map<string, string>(); // `${KIND}\u0000${value}` → placeholder
  const byPlaceholder = new Map<string, { placeholder: string; kind: string; value: string }>();
  const counters = new Map<string, number>();
  return {
    placeholderFor(kind: string, value: string): string {
      const k = placeholderKind(kind);
      const key = `${k}\u0000${value}`;
      const known = byKey.get(key);
      if (known !== undefined) return known;
      const n = (counters.get(k) ?? 0) + 1;
      counters.set(k, n);
      const placeholder = `[REDACTED_${k}_${n}]`;
      byKey.set(key, placeholder);
      byPlaceholder.set(placeholder, { placeholder, kind: k, value });
      return placeholder;
    },
    originalOf(placeholder: string): string | undefined {
      return byPlaceholder.get(placeholder)?.value;
    },
    entries() {
      return [...byPlaceholder.values()];
    },
  };
}
