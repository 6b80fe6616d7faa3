// The bridge contract schemas: every channel described, limits enforced, bytes round-trip.
import { describe, expect, it } from 'vitest';
import { CONTRACT, MAX_FILES_PER_REQUEST } from '../../src-shared/bridge';
import { base64ToBytes, bytesToBase64, bytesToBase64ViaBtoa, bytesToHex } from '../../src-shared/bytes';
import { CHANNEL_NAMES, CHANNELS, isChannelName } from '../../src-shared/channels';

describe('bridge contract', () => {
  it('has request and response schemas for every channel', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(isChannelName(CHANNELS.importCredentials)).toBe(true);
    expect(isChannelName('shell:openExternal')).toBe(false);
  });

  it('limits how many files one import request carries', () => {
    const file = { name: 'a.json', bytesBase64: 'e30=' };
    const req = CONTRACT['credentials:import'].request;
    expect(req.safeParse({ files: Array(MAX_FILES_PER_REQUEST).fill(file) }).success).toBe(true);
    expect(req.safeParse({ files: Array(MAX_FILES_PER_REQUEST + 1).fill(file) }).success).toBe(false);
    expect(req.safeParse({ files: [{ name: '', bytesBase64: 'e30=' }] }).success).toBe(false);
    expect(req.safeParse({ files: [file], now: 'yesterday' }).success).toBe(false);
    expect(req.safeParse({ files: [file], now: '2026-11-24T00:00:00Z' }).success).toBe(true);
  });

  it('rejects export items with a malformed fingerprint or level', () => {
    const req = CONTRACT['bundle:export'].request;
    const item = {
      fileName: 'a.json',
      sha256: 'a'.repeat(64),
      bytesBase64: 'e30=',
      name: 'A',
      status: 'verified',
      level: { framework: 'jqf', level: 6 },
    };
    expect(req.safeParse({ items: [item], framework: 'jqf' }).success).toBe(true);
    expect(req.safeParse({ items: [{ ...item, sha256: 'xyz' }], framework: 'jqf' }).success).toBe(false);
    expect(
      req.safeParse({ items: [{ ...item, level: { framework: 'jqf', level: 9 } }], framework: 'jqf' }).success,
    ).toBe(false);
    expect(req.safeParse({ items: [item], framework: 'nqf' }).success).toBe(false);
  });

  it('round-trips bytes through base64 and hex', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(Array.from(base64ToBytes(bytesToBase64(bytes)))).toEqual(Array.from(bytes));
    expect(bytesToHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });

  it("encodes base64 exactly as Node does, with and without the engine's own toBase64", () => {
    for (const n of [0, 1, 2, 3, 70_000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) % 256);
      const want = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64ViaBtoa(bytes)).toBe(want);
      expect(bytesToBase64(bytes)).toBe(want);
      // The engine's method is taken when present (this is how the page encodes): a stand-in
      // answering something else shows which one ran.
      const wrongNative = Object.assign(new Uint8Array(bytes), { toBase64: () => 'native' });
      expect(bytesToBase64(wrongNative)).toBe('native');
    }
  });
});
