/**
 * @module cli/format — how reports look in a terminal: a verdict line and one row per scanner.
 * Colour only when the stream is a terminal and NO_COLOR is unset.
 */
import type { Detection, ScanReport, ScannerEntry } from '../types.js';

/** ANSI styles used by the CLI. */
export type Style = 'red' | 'green' | 'yellow' | 'gray' | 'bold' | 'cyan';

const CODES: Readonly<Record<Style, [number, number]>> = { red: [31, 39], green: [32, 39], yellow: [33, 39], gray: [90, 39], bold: [1, 22], cyan: [36, 39] };

/** A colouring function; identity when colour is off. */
export type Paint = (style: Style, text: string) => string;

/** Colour on or off. */
export function painter(enabled: boolean): Paint {
  if (!enabled) return (_s, t) => t;
  return (s, t) => `\u001b[${CODES[s][0]}m${t}\u001b[${CODES[s][1]}m`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= n ? one : `${one.slice(0, Math.max(0, n - 1))}…`;
}

/**
 * A report as text for people.
 *
 * @example
 * ```ts
 * process.stdout.write(formatReport(report, painter(true)));
 * ```
 */
export function formatReport(r: ScanReport, paint: Paint, original: string): string {
  const verdictStyle = r.recommendation === 'allow' ? 'green' : r.recommendation === 'inspect' ? 'yellow' : 'red';
  const lines: string[] = [];
  lines.push(`${paint('bold', paint(verdictStyle, r.recommendation.toUpperCase()))}  threat ${r.threatLevel.toFixed(1)}/10  risk ${r.riskScore.toFixed(2)}  confidence ${r.confidence.toFixed(2)}  ${paint('gray', `${r.durationMs.toFixed(2)} ms · ${r.direction} · ${r.aggregate}`)}`);
  lines.push(r.description);
  if (r.detections.length > 0) {
    lines.push('');
    const w = idWidth(r.detections.map((d) => d.scannerId));
    lines.push(paint('gray', `${pad('scanner', w)} ${pad('result', 10)} ${pad('score', 6)} ${pad('severity', 9)} ${pad('ms', 7)} explanation`));
    for (const d of r.detections) lines.push(row(d, paint, w));
  }
  if (r.input.issues.length > 0) lines.push(paint('gray', `input: ${r.input.issues.join(', ')}`));
  if (r.sanitized !== original) {
    lines.push('');
    lines.push(paint('cyan', 'sanitized:'));
    lines.push(r.sanitized);
  }
  return `${lines.join('\n')}\n`;
}

/** Width of the id column: the longest id, at least 28. */
function idWidth(ids: readonly string[]): number {
  return ids.reduce((m, id) => Math.max(m, id.length), 28);
}

function row(d: Detection, paint: Paint, width: number): string {
  const result = d.error !== undefined ? paint('yellow', 'error') : d.detected ? paint('red', d.mitigated ? 'redacted' : 'detected') : paint('green', 'pass');
  const resultPad = d.error !== undefined ? 5 : d.detected ? (d.mitigated ? 8 : 8) : 4;
  const why = d.error !== undefined ? `${d.error.code}: ${d.error.message}` : d.explanation;
  return `${pad(d.scannerId, width)} ${result}${' '.repeat(Math.max(1, 11 - resultPad))}${pad(d.score.toFixed(2), 6)} ${pad(d.severity, 9)} ${pad(d.durationMs.toFixed(2), 7)} ${clip(why, 90)}`;
}

/** The scanner list as a table. */
export function formatScannerList(entries: ReadonlyArray<{ entry: ScannerEntry; seedName: string; needsOptions: boolean }>, paint: Paint): string {
  const w = idWidth(entries.map((e) => e.entry.scanner.id));
  const lines = [paint('gray', `${pad('id', w)} ${pad('seed name', 20)} ${pad('kind', 7)} ${pad('severity', 9)} description`)];
  for (const { entry, seedName, needsOptions } of entries) {
    const s = entry.scanner;
    lines.push(`${pad(s.id, w)} ${pad(seedName, 20)} ${pad(s.kind, 7)} ${pad(s.severity, 9)} ${s.description}${needsOptions ? paint('gray', ' (needs options)') : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
