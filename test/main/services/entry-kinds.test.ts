// What each imported entry is: a credential, a supporting document, or not a credential — one
// rule each, over real samples and files made here; every entry with a document carries the
// digest of its canonical JSON, the same whichever file it came in; and the rule for records
// stored before kinds existed (`entryKindOf`) agrees with the import's.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entryKindOf, ImportedCredentialSchema, type ImportedCredential } from '../../../src-shared/credential';
import { msg } from '../../../src-shared/i18n/spec';
import { MAX_JSON_DEPTH } from '../../../src-shared/limits';
import { canonicalJson } from '../../../src-shared/supporting';
import { importFiles, unfinishedFileEntry } from '../../../src-main/services/import-service';
import { readSampleBytes, readSampleJson } from '../../helpers/samples';

const NOW = new Date('2026-01-15T00:00:00Z');
const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const sample = (rel: string) => ({ name: rel.split('/').pop() ?? rel, bytes: readSampleBytes(rel) });

async function importOne(name: string, bytes: Uint8Array): Promise<ImportedCredential[]> {
  const items = await importFiles([{ name, bytes }], { now: NOW });
  for (const i of items) ImportedCredentialSchema.parse(i);
  return items;
}

async function only(name: string, bytes: Uint8Array): Promise<ImportedCredential> {
  const items = await importOne(name, bytes);
  expect(items).toHaveLength(1);
  return items[0] as ImportedCredential;
}

/** A minimal PDF: a page and nothing else (no signature dictionary). */
function unsignedPdf(): Uint8Array {
  return enc(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
      '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  );
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('not a credential: a file with no credential in it', () => {
  it.each([
    ['empty', new Uint8Array(), 'import.empty'],
    ['binary (a photo)', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x80, 0x81]), 'import.binary'],
    ['text', enc('shopping list: milk, eggs'), 'import.text'],
    ['damaged JSON', enc('{"@context": ['), 'import.damaged_json'],
    ['JSON that is not a credential', enc('{"hello": "world"}'), 'import.not_a_vc_json'],
    ['an unsigned PDF', unsignedPdf(), 'import.pdf_unsigned'],
    [
      'XML that is no European Learning Model document',
      enc('<?xml version="1.0"?><note>hi</note>'),
      'import.xml_not_a_credential',
    ],
  ])('%s', async (_what, bytes, code) => {
    const item = await only('file', bytes);
    expect(item.kind).toBe('not_credential');
    expect(item.supportingKind).toBeUndefined();
    expect(item.digest).toBeUndefined();
    expect(item.problem).toEqual({ code });
    expect(item.verification.checks).toEqual([
      expect.objectContaining({ id: 'format', outcome: 'fail', code: 'not_a_credential' }),
    ]);
  });

  it('JSON nested too deeply', async () => {
    const n = MAX_JSON_DEPTH + 5;
    const item = await only('deep.json', enc('['.repeat(n) + ']'.repeat(n)));
    expect(item.kind).toBe('not_credential');
    expect(item.problem).toMatchObject({ code: 'limits.too_deep' });
  });
});

describe('credential', () => {
  it('a credential, with the digest of its canonical JSON', async () => {
    const item = await only('good.json', readSampleBytes(GOOD));
    expect(item.kind).toBe('credential');
    expect(item.supportingKind).toBeUndefined();
    expect(item.digest).toBe(sha256(canonicalJson(readSampleJson(GOOD))));
  });

  it('the same credential pretty-printed, compact, or wrapped has one digest; another credential has another', async () => {
    const doc = readSampleJson(GOOD);
    const [pretty] = await importOne('a.json', enc(JSON.stringify(doc, null, 2)));
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    const [compact] = await importOne('b.json', enc(JSON.stringify(reordered)));
    const [wrapped] = await importOne('c.json', enc(JSON.stringify({ credential: doc })));
    const [other] = await importOne(
      'd.json',
      readSampleBytes('negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json'),
    );
    expect(pretty?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(compact?.digest).toBe(pretty?.digest);
    expect(wrapped?.digest).toBe(pretty?.digest);
    expect(other?.digest).not.toBe(pretty?.digest);
  });

  it('a transcript and each credential inside it are credentials, each with its own digest', async () => {
    const items = await importOne(
      'clr.json',
      readSampleBytes('clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json'),
    );
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((i) => i.kind === 'credential')).toBe(true);
    expect(new Set(items.map((i) => i.digest)).size).toBe(items.length);
  });

  it('a signed PDF is a credential the wallet cannot check yet: Could not check, never Not verified', async () => {
    const item = await only('diploma.pdf', readSampleBytes('pdf/signpdf_adbe-pkcs7-detached_rsa.pdf'));
    expect(item).toMatchObject({
      kind: 'credential',
      mediaType: 'application/pdf',
      problem: { code: 'import.unsupported_pdf_signed' },
      verification: { status: 'could_not_check' },
    });
    expect(item.verification.checks[0]).toMatchObject({
      id: 'format',
      outcome: 'not_checked',
      code: 'unsupported_format',
    });
  });

  it('European Learning Model XML is a credential not supported yet', async () => {
    const item = await only('ds.xml', readSampleBytes('edc/ec-elm_v2_EDC_DiplomaSupplement_AA.xml'));
    expect(item).toMatchObject({ kind: 'credential', verification: { status: 'could_not_check' } });
    expect(item.problem).toEqual({ code: 'import.unsupported_xml' });
  });

  it('a file whose check did not finish is kept as a credential that could not be checked', () => {
    const item = unfinishedFileEntry({ name: 'slow.json', bytes: enc('{}') }, msg('import.took_too_long'), NOW);
    ImportedCredentialSchema.parse(item);
    expect(item).toMatchObject({ kind: 'credential', verification: { status: 'could_not_check' } });
    expect(item.digest).toBeUndefined();
  });
});

describe('supporting documents', () => {
  it.each([
    [
      'negative/1edtech-dcpv_ob2_support_badgeclass-with-revocation-list.json',
      'ob2-badgeclass',
      'import.supporting_ob2_badgeclass',
    ],
    [
      'negative/1edtech-dcpv_ob2_support_issuer-with-revocation-list.json',
      'ob2-issuer',
      'import.supporting_ob2_issuer',
    ],
    ['negative/1edtech-dcpv_ob2_support_key3.json', 'ob2-key', 'import.supporting_ob2_key'],
    [
      'negative/1edtech-dcpv_ob2_support_revocation-list.json',
      'ob2-revocation-list',
      'import.supporting_ob2_revocation_list',
    ],
    ['jwt/dif-jws-ts_key-0-ed25519_SUPPORT.json', 'key', 'import.supporting_key_with_private_part'],
  ] as const)('%s is a supporting document, kept with its document and a name', async (rel, kind, code) => {
    const doc = readSampleJson(rel);
    const item = await only(rel, readSampleBytes(rel));
    expect(item.kind).toBe('supporting');
    expect(item.supportingKind).toBe(kind);
    expect(item.verification.status).not.toBe('not_verified');
    expect(item.verification.checks).toEqual([
      expect.objectContaining({ id: 'format', outcome: 'pass', code: 'supporting_document', message: { code } }),
    ]);
    expect(item.problem).toBeUndefined();
    expect(item.digest).toBe(sha256(canonicalJson(doc)));
    // Named from the document: its name, else its id.
    const expected = typeof doc['name'] === 'string' ? doc['name'] : doc['id'];
    expect(item.normalized.name).toBe(expected);
    expect(item.normalized.nameMessage).toBeUndefined();
  });

  it('a DID document is a supporting document', async () => {
    const did = {
      '@context': ['https://www.w3.org/ns/did/v1'],
      id: 'did:example:issuer',
      verificationMethod: [{ id: 'did:example:issuer#k', type: 'Multikey', controller: 'did:example:issuer' }],
    };
    const item = await only('did.json', enc(JSON.stringify(did)));
    expect(item).toMatchObject({
      kind: 'supporting',
      supportingKind: 'did-document',
      normalized: { name: 'did:example:issuer' },
    });
  });

  it('a status list is a supporting document, still verified as a credential', async () => {
    const rel = 'negative/dcc-vctf_status-list_e5WK8CbZ1GjycuPombrj_SUPPORT';
    const item = await only('list', readSampleBytes(rel));
    expect(item).toMatchObject({
      kind: 'supporting',
      supportingKind: 'status-list',
      verification: { status: 'verified' },
    });
    expect(item.verification.checks.find((c) => c.id === 'proof')?.outcome).toBe('pass');
    expect(item.digest).toBe(sha256(canonicalJson(readSampleJson(rel))));
  });

  it('a supporting document without a name or id is named after its file', async () => {
    const item = await only(
      'my-key.json',
      enc(JSON.stringify({ type: 'JsonWebKey2020', publicKeyJwk: { kty: 'OKP' } })),
    );
    expect(item).toMatchObject({ kind: 'supporting', supportingKind: 'key', normalized: { name: 'my-key.json' } });
  });
});

describe('the rule for stored records agrees with the import', () => {
  it('entryKindOf without `kind` gives the kind the import gave, for every kind of entry', async () => {
    const items = await importFiles(
      [
        sample(GOOD),
        sample('clr2/1edtech-dcpv_clr2_simple_noproof.json'),
        sample('jwt/dif-jws-ts_key-0-ed25519_SUPPORT.json'),
        sample('negative/1edtech-dcpv_ob2_support_badgeclass-with-revocation-list.json'),
        sample('negative/dcc-vctf_status-list_e5WK8CbZ1GjycuPombrj_SUPPORT'),
        sample('pdf/dss_pades-b_original-valid.pdf'),
        sample('edc/ec-elm_v3_Sample-CertOfPart-signed.jsonld'),
        { name: 'notes.txt', bytes: enc('notes') },
        { name: 'page.pdf', bytes: unsignedPdf() },
      ],
      { now: NOW },
    );
    const kinds = new Set(items.map((i) => i.kind));
    expect(kinds).toEqual(new Set(['credential', 'supporting', 'not_credential']));
    for (const item of items) {
      const { kind, ...stored } = item;
      expect(entryKindOf(stored), item.fileName).toBe(kind);
    }
  });
});

describe('key files that hold a private key', () => {
  it('are kept as keys, and the learner is told the file also holds a private key', async () => {
    const withPrivate = await only('key-0.json', readSampleBytes('jwt/dif-jws-ts_key-0-ed25519_SUPPORT.json'));
    expect(withPrivate).toMatchObject({ kind: 'supporting', supportingKind: 'key' });
    expect(withPrivate.verification.checks.find((c) => c.id === 'format')?.message).toEqual(
      msg('import.supporting_key_with_private_part'),
    );
    // The same key without its private half is an ordinary public key.
    const doc = readSampleJson('jwt/dif-jws-ts_key-0-ed25519_SUPPORT.json') as Record<string, unknown>;
    const publicOnly = { ...doc };
    delete publicOnly['privateKeyJwk'];
    const plain = await only('key-0-public.json', enc(JSON.stringify(publicOnly)));
    expect(plain.verification.checks.find((c) => c.id === 'format')?.message).toEqual(msg('import.supporting_key'));
    // An Open Badges 2.0 public key (PEM) has no private part.
    const pem = await only('key1.json', readSampleBytes('ob2/1edtech-dcpv_ob2_support_key1.json'));
    expect(pem.verification.checks.find((c) => c.id === 'format')?.message).toEqual(msg('import.supporting_ob2_key'));
  });
});

describe('the identity of a credential that came as a token', () => {
  const TOKEN_FILE = 'jwt/1edtech-dcpv_clr2_vc1-claim_rs256-embedded-jwk.jwt';
  const token = new TextDecoder().decode(readSampleBytes(TOKEN_FILE)).trim();

  it('is the token itself: the same token, as a file or wrapped, is one credential', async () => {
    const [plain] = await importOne('a.jwt', enc(token));
    const [wrapped] = await importOne('b.json', enc(JSON.stringify({ jwt: token })));
    expect(plain?.digest).toBe(sha256(`jws:${token}`));
    expect(wrapped?.digest).toBe(plain?.digest);
  });

  it('the same claims under another signature are another credential, never merged with the genuine one', async () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
    const [genuine] = await importOne('genuine.jwt', enc(token));
    const [fake] = await importOne('forged.jwt', enc(forged));
    expect(fake?.verification.status).toBe('not_verified');
    expect(fake?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(fake?.digest).not.toBe(genuine?.digest);
  });
});
