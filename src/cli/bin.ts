#!/usr/bin/env node
/**
 * @module cli/bin — the `prompt-bouncer` executable: wires {@link main} to the process.
 */
import { main } from './main.js';

const code = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
process.exitCode = code;
