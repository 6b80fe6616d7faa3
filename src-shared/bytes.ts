/**
 * Base64 and hex helpers that work the same in Node, Electron and any browser
 * (bytes cross the bridge as base64 text so the HTTP shell and IPC share one contract).
 * Uses only ECMAScript: `Uint8Array.prototype.toBase64` where the engine has it (recent
 * Chromium: the page encodes every imported file), else `btoa`; no Node Buffer, no DOM.
 */
const CHUNK = 0x8000;

type WithToBase64 = Uint8Array & { toBase64?: () => string };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  return bytesToBase64ViaBtoa(bytes);
}

/** The same, through a binary string and `btoa` (engines without `toBase64`). */
export function bytesToBase64ViaBtoa(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
