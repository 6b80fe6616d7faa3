/**
 * The layer rules are enforced by lint; this proves the rule really fires for each
 * forbidden import (a lint config that silently allowed everything would pass `eslint .`).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('src-shared imports nothing environment-specific', async () => {
    expect(
      await layerErrors('src-shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors('src-shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(1);
    expect(await layerErrors('src-shared/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n")).toHaveLength(
      1,
    );
    expect(await layerErrors('src-shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toHaveLength(0);
  });

  it('src-shared may hash with @noble/hashes, and every other package stays refused', async () => {
    const one = (from: string): string => `import * as m from '${from}';\nexport const a = m;\n`;
    expect(await layerErrors('src-shared/x.ts', one('@noble/hashes/sha2'))).toHaveLength(0);
    expect(await layerErrors('src-shared/x.ts', one('./json'))).toHaveLength(0);
    for (const other of [
      'jose',
      'fflate',
      '@noble/curves',
      '@digitalbazaar/vc',
      'jsonld',
      'react-dom/client',
      'lodash',
    ])
      expect(await layerErrors('src-shared/x.ts', one(other)), other).toHaveLength(1);
  });

  it('the renderer never reaches Node or Electron or main code', async () => {
    expect(
      await layerErrors(
        'src-renderer/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'src-renderer/x.ts',
        "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'src-renderer/x.ts',
        "import { detect } from '../src-main/services/detect';\nexport const a = detect;\n",
      ),
    ).toHaveLength(1);
  });

  it('main never imports renderer code, and only the Electron shell imports electron', async () => {
    expect(
      await layerErrors(
        'src-main/services/x.ts',
        "import { App } from '../../src-renderer/App';\nexport const a = App;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors('src-main/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors('src-main/shells/electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toHaveLength(0);
  });
});

describe('types without holes', () => {
  async function restrictedSyntax(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }

  it("a shorthand `declare module 'x';` fails lint; a declaration with a body passes", async () => {
    expect(await restrictedSyntax('types/vendor.d.ts', "declare module 'some-library';\n")).toHaveLength(1);
    expect(
      await restrictedSyntax('src-main/x.ts', "declare module 'some-library';\nexport const a = 1;\n"),
    ).toHaveLength(1);
    expect(
      await restrictedSyntax('types/vendor.d.ts', "declare module 'some-library' {\n  export const x: unknown;\n}\n"),
    ).toHaveLength(0);
  });
});
