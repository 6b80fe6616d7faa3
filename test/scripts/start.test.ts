// `npm start` without an Electron binary must explain itself in one sentence and point to
// the browser shell, not crash. Tested on fake package folders so it never opens a window.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, MISSING_ELECTRON_MESSAGE } from '../../scripts/start.mjs';

describe('npm start', () => {
  it('finds no binary when the download was skipped (no path.txt)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
    expect(electronBinary(dir)).toBeNull();
  });

  it('finds no binary when path.txt names a file that is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir)).toBeNull();
  });

  it('finds the binary when it was downloaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it('says what to do instead, in one sentence', () => {
    expect(MISSING_ELECTRON_MESSAGE).toContain('npm run serve');
    expect(MISSING_ELECTRON_MESSAGE.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0)).toHaveLength(1);
  });
});
