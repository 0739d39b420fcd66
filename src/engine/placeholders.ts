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
 * A new table, empty or seeded with the entries of another (the worker transport rebuilds a
 * conversation's table on the worker side from `entries()`; numbering carries on after the seed).
 *
 * @example
 * ```ts
 * const t = createPlaceholderTable();
 * t.placeholderFor('email', 'a@b.example'); // '[REDACTED_EMAIL_1]'
 * t.originalOf('[REDACTED_EMAIL_1]');       // 'a@b.example'
 * ```
 */
export function createPlaceholderTable(seed: ReadonlyArray<{ readonly placeholder: string; readonly kind: string; readonly value: string }> = []): PlaceholderTable {
  return new Table(seed);
}

type Entry = { readonly placeholder: string; readonly kind: string; readonly value: string };

/**
 * The table behind {@link createPlaceholderTable}. Most tables (one per scan without a
 * conversation) are never written, so the maps are made on first write. State is in private
 * fields and `fakeSeed` is a prototype getter: neither is an own enumerable property, so a logged
 * or serialised conversation never carries the seed or the values.
 */
class Table implements PlaceholderTable {
  /** `${KIND}\u0000${value}` → placeholder. */
  #byKey: Map<string, string> | undefined;
  #byPlaceholder: Map<string, Entry> | undefined;
  #counters: Map<string, number> | undefined;
  // A secret per conversation: Anonymize's fake mode derives each stand-in value from it, so fakes
  // repeat within a conversation and differ between conversations. Drawn on first read: most
  // tables never need it, and 16 random bytes per scan cost more than the rest of the table.
  #fakeSeed: string | undefined;

  constructor(seed: readonly Entry[]) {
    for (const e of seed) {
      this.#set(e.kind, e.value, e.placeholder);
      const n = Number(e.placeholder.slice(e.placeholder.lastIndexOf('_') + 1, -1));
      const counters = (this.#counters ??= new Map());
      if (Number.isInteger(n) && n > (counters.get(e.kind) ?? 0)) counters.set(e.kind, n);
    }
  }

  #set(kind: string, value: string, placeholder: string): void {
    (this.#byKey ??= new Map()).set(`${kind}\u0000${value}`, placeholder);
    (this.#byPlaceholder ??= new Map()).set(placeholder, { placeholder, kind, value });
  }

  placeholderFor(kind: string, value: string): string {
    const k = placeholderKind(kind);
    const known = this.#byKey?.get(`${k}\u0000${value}`);
    if (known !== undefined) return known;
    const counters = (this.#counters ??= new Map());
    const n = (counters.get(k) ?? 0) + 1;
    counters.set(k, n);
    const placeholder = `[REDACTED_${k}_${n}]`;
    this.#set(k, value, placeholder);
    return placeholder;
  }

  originalOf(placeholder: string): string | undefined {
    return this.#byPlaceholder?.get(placeholder)?.value;
  }

  entries(): Entry[] {
    return this.#byPlaceholder === undefined ? [] : [...this.#byPlaceholder.values()];
  }

  get fakeSeed(): string {
    if (this.#fakeSeed === undefined) {
      const bytes = new Uint8Array(16);
      globalThis.crypto.getRandomValues(bytes);
      this.#fakeSeed = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    }
    return this.#fakeSeed;
  }
}

/**
 * `text` with every value the table knows written back as its placeholder (longest values first):
 * what the engine keeps in a conversation's history for an answer Deanonymize restored, so the
 * history holds placeholders, never the values behind them.
 *
 * @example
 * ```ts
 * const t = createPlaceholderTable();
 * t.placeholderFor('EMAIL', 'a@b.example');
 * redactKnownValues('mail a@b.example', t); // 'mail [REDACTED_EMAIL_1]'
 * ```
 */
export function redactKnownValues(text: string, table: PlaceholderTable): string {
  const entries = [...table.entries()].filter((e) => e.value.length > 0).sort((a, b) => b.value.length - a.value.length);
  let out = text;
  for (const e of entries) if (out.includes(e.value)) out = out.split(e.value).join(e.placeholder);
  return out;
}
