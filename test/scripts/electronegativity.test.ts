// The Electron security scan run by `npm test`: the wallet's own shells pass it, and it does
// fail an insecure window, so a passing scan means something.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockingFindings, scan } from '../../scripts/electronegativity.mjs';

describe('electronegativity', () => {
  it('blocks an insecure window, and honours a suppression only on its own line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eng-'));
    writeFileSync(
      join(dir, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
        'new BrowserWindow({ webPreferences: { sandbox: false } }); // eng-disable SANDBOX_JS_CHECK: test',
      ].join('\n'),
    );
    type Issue = { id: string; location: { line: number }; severity?: { name: string } };
    const blocking = blockingFindings((await scan(dir, '41.7.1')).issues as Issue[]);
    const ids = blocking.filter((i) => i.location.line === 2).map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
    const line3 = blocking.filter((i) => i.location.line === 3).map((i) => i.id);
    expect(line3).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(line3).not.toContain('SANDBOX_JS_CHECK');
  }, 60_000);
});
