/**
 * The original file as the details panel shows it: JSON pretty-printed (two spaces, keys in
 * the file's order), a compact JWS as the token and then its header and payload decoded and
 * pretty-printed, anything else as the text it is. Only for reading: what is copied or saved
 * is the file's own bytes, unchanged (signatures survive only byte-exact). Pure; never throws
 * on a file that is not what it looks like (it is then shown as written), and never shows
 * more than MAX_SHOWN characters.
 */
const MAX_SHOWN = 200_000;

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function pretty(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

function base64UrlText(part: string): string | undefined {
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** What the details panel shows of an original file's bytes. */
export function originalText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, MAX_SHOWN * 4));
  } catch {
    text = new TextDecoder().decode(bytes.subarray(0, MAX_SHOWN));
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length <= MAX_SHOWN && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
    const shown = pretty(trimmed);
    if (shown !== undefined && shown.length <= MAX_SHOWN) return shown;
  }
  if (trimmed.length <= MAX_SHOWN && JWS.test(trimmed)) {
    const [header, payload] = trimmed.split('.').map(base64UrlText);
    const h = header !== undefined ? pretty(header) : undefined;
    const p = payload !== undefined ? pretty(payload) : undefined;
    if (h !== undefined && p !== undefined) {
      const shown = `${trimmed}\n\n${h}\n\n${p}`;
      if (shown.length <= MAX_SHOWN) return shown;
    }
  }
  return text.slice(0, MAX_SHOWN);
}
