/**
 * A hostile corpus, built in memory: files a stranger could hand a learner to break the
 * wallet, hang it, make it reach the network, or change a verdict. Each entry says what it
 * tries. Used by the hostile-input tests through the CLI's services and the browser shell.
 * Deterministic (no randomness), so a failure reproduces. Never written into the samples.
 *
 * `loopback` is the base URL of a listener the test runs on 127.0.0.1: any request that
 * reaches it is a network request the wallet must never make.
 */
import { crc32, deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What the file tries. */
  readonly tries: string;
  /** Large files are left out of the quick batches (they are checked alone). */
  readonly large?: boolean;
}

const enc = new TextEncoder();
const utf8 = (s: string): Uint8Array => enc.encode(s);
const b64url = (s: string | Uint8Array): string =>
  Buffer.from(typeof s === 'string' ? utf8(s) : s).toString('base64url');

const VC2 = 'https://www.w3.org/ns/credentials/v2';

function credential(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': [VC2],
    type: ['VerifiableCredential'],
    issuer: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:learner' },
    ...extra,
  };
}

/** `{"a":{"a":…}}` `depth` levels deep, as text (never built as an object: that is the point). */
function nestedObjectText(depth: number, key = 'a', leaf = '1'): string {
  return `${`{"${key}":`.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
}
function nestedArrayText(depth: number, leaf = '1'): string {
  return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}

function jwt(header: Record<string, unknown>, payload: Record<string, unknown> | string, signature = 'c2ln'): string {
  const p = typeof payload === 'string' ? b64url(payload) : b64url(JSON.stringify(payload));
  return `${b64url(JSON.stringify(header))}.${p}.${signature}`;
}

function pngChunk(type: string, data: Uint8Array, badCrc = false): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(utf8(type), 4);
  out.set(data, 8);
  const crc = crc32(out.subarray(4, 8 + data.length));
  view.setUint32(8 + data.length, badCrc ? (crc ^ 0xffffffff) >>> 0 : crc);
  return out;
}

function png(chunks: Uint8Array[]): Uint8Array {
  const sig = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 1);
  v.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const idat = deflateSync(Uint8Array.from([0, 0, 0, 0, 0]));
  const parts = [sig, pngChunk('IHDR', ihdr), ...chunks, pngChunk('IDAT', idat), pngChunk('IEND', new Uint8Array())];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function iTXt(keyword: string, text: string): Uint8Array {
  return Uint8Array.from([...utf8(keyword), 0, 0, 0, 0, 0, ...utf8(text)]);
}

const made = new Map<string, HostileFile[]>();

/** The corpus (made once per process and loopback address). `loopback` is e.g. `http://127.0.0.1:4321`. */
export function hostileCorpus(loopback: string): HostileFile[] {
  const hit = made.get(loopback);
  if (hit) return hit;
  const files = makeCorpus(loopback);
  made.set(loopback, files);
  return files;
}

function makeCorpus(loopback: string): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array | string, tries: string, large = false): void => {
    files.push({ name, bytes: typeof bytes === 'string' ? utf8(bytes) : bytes, tries, ...(large ? { large } : {}) });
  };
  const loopHost = new URL(loopback).host;

  // ── Deep nesting, in every position.
  const deep = 4000;
  const cred = JSON.stringify(credential());
  add(
    'deep-subject.json',
    cred.replace('{"id":"did:example:learner"}', nestedObjectText(deep, 'achievement')),
    'credentialSubject nested 4,000 levels',
  );
  add(
    'deep-context.json',
    cred.replace(`["${VC2}"]`, `["${VC2}",${nestedArrayText(deep, '{}')}]`),
    '@context arrays nested 4,000 levels',
  );
  add(
    'deep-context-objects.json',
    cred.replace(`["${VC2}"]`, `["${VC2}",${nestedObjectText(deep, '@context', '{}')}]`),
    '@context objects nested 4,000 levels',
  );
  let vp = JSON.stringify({ '@context': [VC2], type: ['VerifiablePresentation'], verifiableCredential: [] });
  for (let i = 0; i < 600; i++)
    vp = JSON.stringify({
      '@context': [VC2],
      type: ['VerifiablePresentation'],
      verifiableCredential: [JSON.parse(vp)],
    });
  add('deep-presentation.json', vp, 'presentations nested inside presentations, 600 deep');
  add('deep-array.json', nestedArrayText(100_000), 'a bare array nested 100,000 levels');
  add(
    'deep-jwt-payload.jwt',
    jwt(
      {
        alg: 'EdDSA',
        kid: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
      },
      `{"vc":${nestedObjectText(deep)}}`,
    ),
    'a JWT whose payload nests 4,000 levels',
  );

  // ── Huge keys and identifiers.
  const longKey = `did:key:z6Mk${'A'.repeat(128 * 1024)}`;
  add(
    'huge-kid.jwt',
    jwt({ alg: 'EdDSA', kid: longKey }, { vc: credential(), iss: longKey }),
    'JWT header kid: did:key of 128 KiB',
  );
  add(
    'huge-verification-method.json',
    JSON.stringify(
      credential({
        '@context': [VC2],
        proof: {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          verificationMethod: `${longKey}#key`,
          proofPurpose: 'assertionMethod',
          proofValue: 'z58DAdFfa9SkqZMVPxAQp',
        },
      }),
    ),
    'proof.verificationMethod: a did:key of 128 KiB',
  );
  add('huge-issuer.json', JSON.stringify(credential({ issuer: longKey })), 'issuer: a did:key of 128 KiB');
  add(
    'huge-id.json',
    JSON.stringify(credential({ id: `urn:uuid:${'9'.repeat(1024 * 1024)}` })),
    'credential id of 1 MiB',
  );

  // ── Sheer size.
  add(
    'big-50mb.json',
    JSON.stringify(
      credential({ credentialSubject: { id: 'did:example:learner', filler: Array(50 * 1024).fill('x'.repeat(1000)) } }),
    ),
    'a 50 MB JSON credential',
    true,
  );
  add(
    'big-string.json',
    JSON.stringify(credential({ name: 'x'.repeat(10 * 1024 * 1024) })),
    'a 10 MB string in one field',
    true,
  );

  // ── Prototype keys and duplicates.
  add(
    'proto-keys.json',
    `{"@context":["${VC2}"],"type":["VerifiableCredential"],"issuer":"did:example:i","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"credentialSubject":{"__proto__":{"isAdmin":true}}}`,
    '__proto__ and constructor keys',
  );
  add(
    'duplicate-keys.json',
    `{"@context":["${VC2}"],"type":["VerifiableCredential"],"issuer":"did:example:first","issuer":"did:example:second","credentialSubject":{"id":"a"}}`,
    'duplicate keys with different values',
  );

  // ── Encodings.
  add(
    'invalid-utf8.json',
    Uint8Array.from([...utf8('{"name":"'), 0xc3, 0x28, 0xff, 0xfe, ...utf8('"}')]),
    'invalid UTF-8',
  );
  const utf16 = Buffer.from(`\ufeff${cred}`, 'utf16le');
  add('utf16.json', new Uint8Array(utf16), 'a credential in UTF-16 with a BOM');
  add('bom.json', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(cred)]), 'a credential with a UTF-8 BOM');
  add(
    'nul-bytes.json',
    cred.replace('"VerifiableCredential"', '"Verifiable\u0000Credential"'),
    'NUL characters inside JSON',
  );
  add('nul-raw.bin', Uint8Array.from([0, 0, 0, 0, ...utf8('{}')]), 'raw NUL bytes');

  // ── JWTs that try to skip the signature.
  add('alg-none.jwt', jwt({ alg: 'none' }, { vc: credential(), iss: credential().issuer }, ''), 'JWT with alg none');
  add('alg-hs256.jwt', jwt({ alg: 'HS256', kid: 'did:example:x#k' }, { vc: credential() }), 'JWT with alg HS256');
  add(
    'huge-header.jwt',
    jwt({ alg: 'EdDSA', x: 'y'.repeat(2 * 1024 * 1024) }, { vc: credential() }),
    'a JWT header of 2 MiB',
  );

  // ── Remote and loopback contexts and keys: nothing may be fetched.
  add(
    'loopback-context.json',
    JSON.stringify(credential({ '@context': [VC2, `${loopback}/context.jsonld`] })),
    'a context on a loopback server',
  );
  add(
    'loopback-key.json',
    JSON.stringify(
      credential({
        issuer: `did:web:${encodeURIComponent(loopHost)}`,
        proof: {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          verificationMethod: `${loopback}/keys/1`,
          proofPurpose: 'assertionMethod',
          proofValue: 'z58DAdFfa9SkqZMVPxAQp',
        },
        credentialStatus: {
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: '1',
          statusListCredential: `${loopback}/status/1`,
        },
      }),
    ),
    'a key, an issuer (did:web) and a status list on a loopback server',
  );
  add(
    'loopback-jwt.jwt',
    jwt(
      { alg: 'ES256', jku: `${loopback}/jwks`, kid: `${loopback}/keys/2` },
      { vc: credential(), iss: `${loopback}/issuer` },
    ),
    'a JWT pointing at keys on a loopback server',
  );
  add(
    'ob2-hosted-loopback.json',
    JSON.stringify({
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: `${loopback}/assertion`,
      badge: `${loopback}/badge`,
      verification: { type: 'hosted' },
    }),
    'an Open Badges 2.0 assertion hosted on a loopback server',
  );

  // ── Archives.
  const zeros = new Uint8Array(64 * 1024 * 1024);
  add('zip-bomb.zip', zipSync({ 'a.json': [zeros, { level: 1 }] }), 'a zip that inflates 64 MiB from a few KiB');
  add(
    'zip-slip.zip',
    zipSync({ '../../evil.json': strToU8(cred), '/etc/passwd.json': strToU8(cred), 'ok/../../x.json': strToU8(cred) }),
    'zip entries whose names leave the folder',
  );
  const many: Record<string, Uint8Array> = {};
  for (let i = 0; i < 20_000; i++) many[`f${i}.json`] = strToU8('{}');
  add('zip-many.zip', zipSync(many, { level: 0 }), 'a zip of 20,000 entries');

  // ── XML and SVG.
  const lol = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ']>',
    '<lolz>&lol9;</lolz>',
  ].join('\n');
  add('billion-laughs.xml', lol, 'XML entity expansion (billion laughs)');
  add(
    'xxe.xml',
    `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY r SYSTEM "${loopback}/xxe">]><x>&e;&r;</x>`,
    'XML external entities: a local file and a loopback URL',
  );
  add(
    'script.svg',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" onload="fetch('${loopback}/onload')"><script>fetch('${loopback}/script')</script><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="${loopback}/iframe"></iframe></foreignObject><image href="${loopback}/image.png"/><openbadges:credential><![CDATA[${cred}]]></openbadges:credential></svg>`,
    'an SVG badge with script, onload, foreignObject and external references',
  );
  add(
    'entity.svg',
    `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e SYSTEM "${loopback}/svg-entity">]><svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="${loopback}/assertion">&e;</openbadges:assertion></svg>`,
    'an SVG badge with an external entity',
  );

  // ── PNG.
  const baked = pngChunk('iTXt', iTXt('openbadgecredential', cred));
  add(
    'png-bad-crc.png',
    png([pngChunk('iTXt', iTXt('openbadgecredential', cred), true)]),
    'a PNG whose badge chunk has a bad CRC',
  );
  const whole = png([baked]);
  add('png-truncated.png', whole.subarray(0, whole.length - 30), 'a PNG cut short');
  add(
    'png-huge-text.png',
    png([pngChunk('iTXt', iTXt('openbadgecredential', 'x'.repeat(20 * 1024 * 1024)))]),
    'a PNG with a 20 MiB text chunk',
    true,
  );
  add(
    'png-zip-bomb-text.png',
    png([
      pngChunk(
        'zTXt',
        Uint8Array.from([...utf8('openbadges'), 0, 0, ...deflateSync(new Uint8Array(64 * 1024 * 1024))]),
      ),
    ]),
    'a PNG whose compressed text chunk inflates to 64 MiB',
  );
  add('png-no-badge.png', png([]), 'a PNG with no badge inside');

  return files;
}

/** 2,000 tiny files in one batch: most not credentials, a few empty. */
export function tinyFiles(n = 2000): HostileFile[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `tiny-${String(i).padStart(4, '0')}.json`,
    bytes: i % 7 === 0 ? new Uint8Array() : utf8(`{"n":${i}}`),
    tries: 'one of 2,000 tiny files in one batch',
  }));
}
