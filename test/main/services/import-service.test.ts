// The import pipeline over real samples: containers and their inner credentials, unreadable files kept with a reason.
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../src-shared/i18n/render';
import { importFiles, importFilesWith } from '../../../src-main/services/import-service';
import { createVerifier } from '../../../src-main/services/verify/verifier';
import { distinctCourses } from '../../../src-shared/course-identity';
import { readSampleBytes } from '../../helpers/samples';

const file = (rel: string) => ({ name: rel.split('/').pop() ?? rel, bytes: readSampleBytes(rel) });

describe('import pipeline', () => {
  it('gives a transcript and each credential inside it their own entries, the inner ones naming the transcript', async () => {
    const items = await importFiles([file('clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json')]);
    expect(items.length).toBeGreaterThan(2);
    const [outer, ...inner] = items;
    expect(outer?.part).toMatchObject({ role: 'container', index: 0, count: items.length });
    expect(new Set(items.map((i) => i.sha256)).size).toBe(1);
    for (const [k, entry] of inner.entries()) {
      expect(entry.part).toMatchObject({ role: 'inner', index: k + 1 });
      expect(entry.normalized.containedIn).toBe(outer?.normalized.credentialId ?? outer?.normalized.name);
    }
    // The transcript's courses count once: the container is not a course of its own.
    const courses = distinctCourses(items.map((i) => i.normalized));
    expect(courses.length).toBe(inner.length);
  });

  it('keeps a file it cannot read, with a reason, next to the ones it can', async () => {
    const items = await importFiles([
      { name: 'notes.txt', bytes: new TextEncoder().encode('just some notes') },
      file('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'),
    ]);
    expect(items.map((i) => i.fileName)).toEqual([
      'notes.txt',
      'dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json',
    ]);
    expect(items[0]).toMatchObject({
      normalized: { format: 'unknown', name: 'notes.txt' },
      verification: { status: 'not_verified' },
    });
    expect(messageText(items[0]?.problem, 'en')).toMatch(/not a credential/);
    expect(items[0]?.problem).toEqual({ code: 'import.text' });
    expect(items[1]?.verification.status).toBe('verified');
  });

  it('says which formats are not supported yet instead of calling them "not a credential"', async () => {
    const items = await importFiles([file('edc/ec-elm_v3_Sample-MC-Annex1-signed.jsonld')]);
    for (const item of items) {
      expect(item.verification.status).toBe('could_not_check');
      expect(item.verification.checks[0]).toMatchObject({
        id: 'format',
        outcome: 'not_checked',
        code: 'unsupported_format',
      });
    }
    expect(messageText(items[0]?.problem, 'en')).toMatch(/European Digital Credentials/);
  });

  it('says a hosted Open Badges 2.0 badge could not be checked offline, never "not a credential"', async () => {
    const [item] = await importFiles([file('ob2/1edtech-dcpv_ob2_hosted_assertion.json')]);
    expect(item?.verification.status).toBe('could_not_check');
    expect(item?.normalized.format).toBe('ob2-hosted');
    expect(item?.verification.checks[0]).toMatchObject({
      id: 'proof',
      outcome: 'not_checked',
      code: 'hosted_not_checked_offline',
      message: { code: 'ob2.hosted_not_checked_offline' },
    });
  });

  it('gives a file whose check throws its own entry, and checks and keeps the rest of the batch', async () => {
    const real = createVerifier({ now: new Date('2026-11-24T00:00:00Z') });
    // A verifier that breaks on one document, as a bug or an exhausted stack would.
    const breaking = {
      ...real,
      verify: async (input: Parameters<typeof real.verify>[0]) => {
        if (input.kind === 'json' && JSON.stringify(input.value).includes('BREAK')) throw new RangeError('stack');
        return real.verify(input);
      },
    };
    const good = file('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json');
    const items = await importFilesWith(breaking, [
      { name: 'breaks.json', bytes: new TextEncoder().encode('{"BREAK": true, "@context": []}') },
      good,
    ]);
    expect(items.map((i) => i.fileName)).toEqual(['breaks.json', good.name]);
    expect(items[0]?.problem).toEqual({ code: 'import.file_failed' });
    expect(messageText(items[0]?.problem, 'en')).toMatch(/could not be checked/);
    // Could not check, never "not verified": nothing in the file was found wrong.
    expect(items[0]?.verification.status).toBe('could_not_check');
    expect(items[0]?.verification.checks).toEqual([
      expect.objectContaining({ id: 'format', outcome: 'not_checked', message: { code: 'import.file_failed' } }),
    ]);
    expect(items[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(items[1]?.verification.status).toBe('verified');
  });
});
