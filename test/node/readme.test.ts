import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEGIN, END, scannerTable } from '../../scripts/scanner-table.js';
import { ERROR_CODES } from '../../src/errors.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README stays in step with the code', () => {
  it('has the scanner table generated from scanner metadata (run: npx tsx scripts/scanner-table.ts --write)', () => {
    const table = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
    expect(table).toBe(scannerTable());
  });

  it('documents every error code', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(readme, code).toContain(`\`${code}\``);
  });
});
