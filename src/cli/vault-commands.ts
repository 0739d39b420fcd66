/**
 * @module cli/vault-commands — `prompt-bouncer vault stats|search|clear` and
 * `prompt-bouncer threats keygen|export|import|sync|stats`. The vault lives in the CLI's store
 * (`<data dir>/store.db`, table `vault_entries`), the same one `scan --data-dir` logs to.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createBouncer } from '../engine/create-bouncer.js';
import { generateFeedKeys } from '../feed/keys.js';
import type { TrustedKey } from '../feed/types.js';
import type { BouncerStoreOptions } from '../store/attach.js';
import type { Bouncer } from '../types.js';
import { loadCliConfig } from './config-commands.js';
import { cliStoreOptions } from './store-commands.js';

/** What a vault command needs from `main`. */
export interface VaultCommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  write(text: string): Promise<void>;
  usageError(message: string): Error;
}

const COMMON = { 'data-dir': { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

const VAULT_HELP = `prompt-bouncer vault — the attack vault (hashes and embeddings of attacks, never their text)

Usage
  prompt-bouncer vault stats [--json]
  prompt-bouncer vault search TEXT [-k N] [--json]     closest stored attacks (cosine)
  prompt-bouncer vault clear --yes                     delete every entry

Options: --data-dir DIR (default $PROMPT_BOUNCER_DATA_DIR or ~/.prompt-bouncer), --config FILE.
Scans fill the vault with: prompt-bouncer scan --data-dir DIR --config FILE (config "vault": {}),
and feeds with: prompt-bouncer threats import|sync.
`;

const THREATS_HELP = `prompt-bouncer threats — signed threat feeds (Ed25519)

Usage
  prompt-bouncer threats keygen --out KEY.json          new key pair: private JWK to KEY.json, public key printed
  prompt-bouncer threats export --key KEY.json --generator NAME [--out FEED.json]
                                [--include-imported] [--min-confidence X]
  prompt-bouncer threats import FEED.json --trust KEY [--trust KEY …] [--json]
  prompt-bouncer threats sync URL --trust KEY [--trust KEY …] [--json]   (ETag-cached)
  prompt-bouncer threats stats [--json]

KEY for --trust: a public key in base64, or a file holding one (or a public JWK).
Options: --data-dir DIR, --config FILE. A feed that is unsigned, tampered, signed by a key you did
not trust, or made with another embedding model is refused and nothing is imported.
`;

function storeFor(values: { 'data-dir'?: string }, config: Awaited<ReturnType<typeof loadCliConfig>>, env: VaultCommandIo['env']): BouncerStoreOptions & { path: string } {
  return cliStoreOptions(config, values['data-dir'], false, env) as BouncerStoreOptions & { path: string };
}

/** A bouncer over the CLI's store with its vault, no scanners, and no automatic storing. */
async function openVault(values: { 'data-dir'?: string; config?: string }, io: VaultCommandIo): Promise<Bouncer> {
  const config = await loadCliConfig(values.config, io.env);
  return createBouncer({ scanners: [], store: storeFor(values, config, io.env), vault: { autoStoreMinConfidence: false } });
}

async function missingStore(values: { 'data-dir'?: string; config?: string }, io: VaultCommandIo): Promise<string | undefined> {
  const path = storeFor(values, await loadCliConfig(values.config, io.env), io.env).path;
  return path !== ':memory:' && !existsSync(path) ? path : undefined;
}

const date = (ms: number | null): string => (ms === null ? '-' : new Date(ms).toISOString().slice(0, 19).replace('T', ' '));

/**
 * `prompt-bouncer vault …`.
 *
 * @example
 * ```ts
 * await cmdVault(['stats', '--json'], io);
 * ```
 */
export async function cmdVault(args: string[], io: VaultCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...COMMON, k: { type: 'string', short: 'k' }, yes: { type: 'boolean' } } });
  const [sub, ...rest] = positionals;
  if (values.help === true || sub === undefined) {
    await io.write(VAULT_HELP);
    return sub === undefined && values.help !== true ? 2 : 0;
  }
  if (sub !== 'stats' && sub !== 'search' && sub !== 'clear') throw io.usageError(`unknown vault command "${sub}" (stats, search, clear)`);
  const missing = await missingStore(values, io);
  if (missing !== undefined && sub !== 'search') {
    await io.write(values.json === true ? `${JSON.stringify({ entries: 0, store: missing, exists: false })}\n` : `no vault yet (${missing} does not exist)\n`);
    return 0;
  }
  if (sub === 'clear' && values.yes !== true) throw io.usageError('vault clear deletes every entry: add --yes');
  if (sub === 'search' && rest.length !== 1) throw io.usageError('vault search takes one TEXT argument');
  if (sub !== 'search' && rest.length > 0) throw io.usageError(`vault ${sub} takes no arguments`);
  const k = values.k === undefined ? 5 : Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 100) throw io.usageError('-k must be an integer from 1 to 100');
  if (sub === 'search' && missing !== undefined) {
    await io.write(values.json === true ? '[]\n' : `no vault yet (${missing} does not exist)\n`);
    return 0;
  }
  const bouncer = await openVault(values, io);
  try {
    const vault = bouncer.vault;
    if (vault === undefined) throw new Error('this bouncer has no vault API');
    if (sub === 'stats') {
      const s = await vault.stats();
      await io.write(
        values.json === true
          ? `${JSON.stringify(s, null, 2)}\n`
          : `entries ${s.entries} (local ${s.local}, feed ${s.feed}) of at most ${s.maxEntries}; ${s.dim === null ? 'no embeddings yet' : `${s.dim}-dimensional embeddings`}\nlast seen: oldest ${date(s.oldest)}, newest ${date(s.newest)}; opened in ${Math.round(s.loadMs + s.rebuildMs)} ms\n`,
      );
    } else if (sub === 'search') {
      const hits = await vault.search(rest[0] as string, k);
      if (values.json === true) await io.write(`${JSON.stringify(hits, null, 2)}\n`);
      else await io.write(hits.length === 0 ? 'the vault is empty\n' : `${hits.map((h) => `${h.similarity.toFixed(3)}  ${h.severity.padEnd(8)} ${h.detector}  ${h.source}  ×${h.reportCount}  ${h.hash.slice(0, 16)}…`).join('\n')}\n`);
    } else {
      const before = (await vault.stats()).entries;
      await vault.clear();
      await io.write(values.json === true ? `${JSON.stringify({ cleared: before })}\n` : `cleared ${before} entries\n`);
    }
    return 0;
  } finally {
    await bouncer.close();
  }
}

/** `--trust` values: base64 keys, or files holding a base64 key or a public JWK. */
async function trustedKeys(list: readonly string[] | undefined, io: VaultCommandIo): Promise<TrustedKey[]> {
  if (list === undefined || list.length === 0) throw io.usageError('give at least one --trust KEY (the publisher\'s public key, base64 or a file)');
  const out: TrustedKey[] = [];
  for (const k of list) {
    if (existsSync(k)) {
      const text = (await readFile(k, 'utf8')).trim();
      out.push(text.startsWith('{') ? (JSON.parse(text) as JsonWebKey) : text);
    } else out.push(k);
  }
  return out;
}

/**
 * `prompt-bouncer threats …`.
 *
 * @example
 * ```ts
 * await cmdThreats(['import', 'feed.json', '--trust', publicKey], io);
 * ```
 */
export async function cmdThreats(args: string[], io: VaultCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...COMMON,
      out: { type: 'string', short: 'o' },
      key: { type: 'string' },
      generator: { type: 'string' },
      trust: { type: 'string', multiple: true },
      'include-imported': { type: 'boolean' },
      'min-confidence': { type: 'string' },
    },
  });
  const [sub, ...rest] = positionals;
  if (values.help === true || sub === undefined) {
    await io.write(THREATS_HELP);
    return sub === undefined && values.help !== true ? 2 : 0;
  }
  if (!['keygen', 'export', 'import', 'sync', 'stats'].includes(sub)) throw io.usageError(`unknown threats command "${sub}" (keygen, export, import, sync, stats)`);

  if (sub === 'keygen') {
    if (values.out === undefined) throw io.usageError('threats keygen needs --out KEY.json (where the private key goes)');
    if (existsSync(values.out)) throw io.usageError(`${values.out} exists; not overwriting a key`);
    const keys = await generateFeedKeys();
    await writeFile(values.out, `${JSON.stringify(keys.privateKey, null, 2)}\n`, { mode: 0o600 });
    await io.write(values.json === true ? `${JSON.stringify({ publicKey: keys.publicKey, keyId: keys.keyId, privateKeyFile: values.out })}\n` : `private key written to ${values.out} (keep it secret)\npublic key (give this to importers): ${keys.publicKey}\nkey id: ${keys.keyId}\n`);
    return 0;
  }
  if (sub === 'export') {
    if (values.key === undefined || values.generator === undefined) throw io.usageError('threats export needs --key KEY.json and --generator NAME');
    const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence']);
    if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw io.usageError('--min-confidence must be a number from 0 to 1');
    const privateKey = await readFile(values.key, 'utf8');
    const bouncer = await openVault(values, io);
    try {
      const feed = await bouncer.threats?.export({ privateKey, generator: values.generator, sources: values['include-imported'] === true ? ['local', 'feed'] : ['local'], ...(minConfidence === undefined ? {} : { minConfidence }) });
      const text = `${JSON.stringify(feed)}\n`;
      if (values.out === undefined) await io.write(text);
      else {
        await writeFile(values.out, text);
        await io.write(`${feed?.entries.length ?? 0} entries written to ${values.out}\n`);
      }
      return 0;
    } finally {
      await bouncer.close();
    }
  }
  if (sub === 'import' || sub === 'sync') {
    if (rest.length !== 1) throw io.usageError(`threats ${sub} takes one ${sub === 'import' ? 'FEED.json' : 'URL'}`);
    const trusted = await trustedKeys(values.trust, io);
    const feedText = sub === 'import' ? await readFile(rest[0] as string, 'utf8') : undefined;
    const bouncer = await openVault(values, io);
    try {
      const r = sub === 'import' ? await bouncer.threats?.import(feedText as string, { trustedKeys: trusted }) : await bouncer.threats?.sync(rest[0] as string, { trustedKeys: trusted });
      if (values.json === true) await io.write(`${JSON.stringify(r, null, 2)}\n`);
      else if (r !== undefined && 'status' in r && r.status === 'not-modified') await io.write(`not modified since the last sync (ETag ${r.etag})\n`);
      else if (r !== undefined && 'imported' in r) await io.write(`imported ${r.imported} of ${r.entries} entries (${r.duplicates} already known) from "${r.generator}", key ${r.keyId}\n`);
      return 0;
    } finally {
      await bouncer.close();
    }
  }
  // stats
  if (await missingStore(values, io)) {
    await io.write(values.json === true ? `${JSON.stringify({ entries: 0 })}\n` : 'no vault yet\n');
    return 0;
  }
  const bouncer = await openVault(values, io);
  try {
    const s = await bouncer.threats?.stats();
    await io.write(values.json === true ? `${JSON.stringify(s, null, 2)}\n` : `entries ${s?.entries ?? 0} (local ${s?.local ?? 0}, from feeds ${s?.feed ?? 0})\n`);
    return 0;
  } finally {
    await bouncer.close();
  }
}
