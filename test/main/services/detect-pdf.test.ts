// PDF detection: by the %PDF- magic, signed only when a signature dictionary is there (its
// byte range and signature value, or a signature SubFilter); `/Type /Sig` is optional.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, isSignedPdf } from '../../../src-main/services/detect';
import { readSampleBytes, SAMPLES_DIR } from '../../helpers/samples';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const PAGE = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';

describe('PDF detection', () => {
  it.each(readdirSync(`${SAMPLES_DIR}/pdf`).map((f) => [`pdf/${f}`]))('%s is a signed PDF', (rel) => {
    expect(detect(readSampleBytes(rel))).toEqual({ kind: 'pdf', mediaType: 'application/pdf', signed: true });
  });

  it('a PDF without a signature dictionary is unsigned', () => {
    expect(detect(enc(`${PAGE}trailer\n<< /Root 1 0 R >>\n%%EOF\n`))).toEqual({
      kind: 'pdf',
      mediaType: 'application/pdf',
      signed: false,
    });
  });

  it('a signature dictionary without /Type /Sig is found by its byte range and value', () => {
    expect(isSignedPdf(enc(`${PAGE}5 0 obj\n<< /ByteRange [0 10 20 30] /Contents <3082> >>\nendobj\n`))).toBe(true);
  });

  it.each(['adbe.pkcs7.detached', 'ETSI.CAdES.detached', 'ETSI.RFC3161'])('a /SubFilter /%s is a signature', (f) => {
    expect(isSignedPdf(enc(`${PAGE}5 0 obj\n<< /Filter /Adobe.PPKLite /SubFilter /${f} >>\nendobj\n`))).toBe(true);
  });

  it('a byte range alone, or an empty signature field, is not a signature', () => {
    expect(isSignedPdf(enc(`${PAGE}5 0 obj\n<< /ByteRange [0 10 20 30] >>\nendobj\n`))).toBe(false);
    expect(isSignedPdf(enc(`${PAGE}5 0 obj\n<< /FT /Sig /T (Signature1) >>\nendobj\n`))).toBe(false);
  });

  it('only the magic at the start makes a PDF: text that mentions %PDF- is text', () => {
    expect(detect(enc('notes about %PDF-1.7 files')).kind).toBe('unknown');
  });
});
