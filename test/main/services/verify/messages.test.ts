// Every word the verification and import services say to a learner is a message: over every
// published sample (and a few files the wallet cannot read), each check's reason, each file's
// problem and each name the wallet gives is a `{code, params}` the bridge schema accepts and
// that renders, in English and in Japanese, to words with no parameter left unfilled.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportedCredentialSchema, type ImportedCredential } from '../../../../src-shared/credential';
import { LANGS } from '../../../../src-shared/i18n/lang';
import { renderMessage } from '../../../../src-shared/i18n/render';
import { MessageSchema } from '../../../../src-shared/i18n/spec';
import { importFiles } from '../../../../src-main/services/import-service';
import { SAMPLES_DIR } from '../../../helpers/samples';

const NOW = new Date('2026-01-15T00:00:00Z');

function allSampleFiles(dir = SAMPLES_DIR): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return allSampleFiles(path);
      return e.name === 'SOURCES.md'
        ? []
        : [{ name: relative(SAMPLES_DIR, path), bytes: new Uint8Array(readFileSync(path)) }];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const UNREADABLE = [
  { name: 'empty.json', bytes: new Uint8Array() },
  { name: 'damaged.json', bytes: text('{"a": ') },
  { name: 'binary.bin', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x80]) },
  { name: 'notes.txt', bytes: text('just some notes') },
  { name: 'other.json', bytes: text('{"hello": "world"}') },
  { name: 'archive.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]) },
  { name: 'page.xml', bytes: text('<credential/>') },
  { name: 'badge.svg', bytes: text('<svg xmlns="http://www.w3.org/2000/svg"></svg>') },
  { name: '', bytes: text('no name at all') },
  {
    name: 'presentation.json',
    bytes: text(
      JSON.stringify({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiablePresentation'],
        holder: 'did:example:holder',
        verifiableCredential: [{ not: 'a credential' }, 'not.a.token!'],
      }),
    ),
  },
];

function expectMessage(m: unknown, where: string): void {
  expect(typeof m, `${where} is a message, not text`).toBe('object');
  const parsed = MessageSchema.safeParse(m);
  expect(parsed.success, `${where}: ${JSON.stringify(m)}`).toBe(true);
  if (!parsed.success) return;
  for (const lang of LANGS) {
    const words = renderMessage(parsed.data, lang, { timeZone: 'UTC' });
    expect(words.trim(), `${where} in ${lang}`).not.toBe('');
    expect(words, `${where} in ${lang}: a parameter left unfilled`).not.toMatch(/\{\w+\}|undefined/);
  }
}

let items: ImportedCredential[] = [];

describe('every learner-facing word is a message', () => {
  it('over every sample and every kind of unreadable file', { timeout: 120_000 }, async () => {
    const files = [...allSampleFiles(), ...UNREADABLE];
    expect(files.length).toBeGreaterThan(60);
    items = await importFiles(files, { now: NOW });
    expect(new Set(items.map((i) => i.fileName)).size).toBe(files.length);
    const codes = new Set<string>();
    for (const item of items) {
      ImportedCredentialSchema.parse(item);
      const where = `${item.fileName}#${item.part?.index ?? 0}`;
      for (const c of item.verification.checks) {
        expectMessage(c.message, `${where} ${c.id}`);
        if (typeof c.message !== 'string') codes.add(c.message.code);
      }
      if (item.problem !== undefined) expectMessage(item.problem, `${where} problem`);
      if (item.normalized.nameMessage !== undefined) expectMessage(item.normalized.nameMessage, `${where} name`);
    }
    // The samples reach far into the catalogue: finer wordings with parameters among them.
    expect(codes.size).toBeGreaterThan(30);
    for (const code of ['check.expired_on', 'check.ob3_fields_missing', 'check.status_type_not_checked_offline'])
      expect(codes, code).toContain(code);
  });

  it('the wallet names presentations and nameless files itself, in the learner’s language', () => {
    const vp = items.find((i) => i.fileName === 'presentation.json' && i.part?.index === 0);
    expect(vp?.normalized.nameMessage).toEqual({
      code: 'import.presentation_by',
      params: { holder: 'did:example:holder' },
    });
    expect(vp?.normalized.name).toBe('Presentation by did:example:holder');
    expect(renderMessage(vp?.normalized.nameMessage ?? { code: 'import.presentation' }, 'ja')).toBe(
      'did:example:holder によるプレゼンテーション',
    );
    const inner = items.filter((i) => i.fileName === 'presentation.json' && i.part?.role === 'inner');
    expect(inner.map((i) => i.problem)).toEqual([
      { code: 'import.inner_not_a_credential' },
      { code: 'import.inner_not_a_credential' },
    ]);
    expect(items.find((i) => i.fileName === '')?.normalized.nameMessage).toEqual({ code: 'import.unnamed_file' });
    expect(items.find((i) => i.fileName === 'damaged.json')?.problem).toEqual({ code: 'import.damaged_json' });
  });

  it('no service writes a message as text', () => {
    const root = join(process.cwd(), 'src-main', 'services');
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const offenders = sources(root).filter((f) => /\b(message|why|problem):\s*[`'"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
