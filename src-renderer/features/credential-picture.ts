/**
 * A credential's picture, as bytes to show in an `<img>` through a `blob:` URL: a baked
 * badge's own file (its original PNG or SVG bytes), or a `data:` image the credential carries
 * (PNG, JPEG, GIF, WebP or SVG only). A picture that lives elsewhere (an `https:` URL, any
 * other scheme) is never loaded: it is only said to be on the issuer's server.
 *
 * Pure: decides and decodes, never touches the DOM, never fetches, and never hands back
 * markup — an SVG is only ever shown as an image, where nothing in it runs or loads.
 */
import { base64ToBytes } from '../../src-shared/bytes';

/** The image types a picture may have. */
export type PictureType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/svg+xml';

export type Picture =
  /** Bytes to show as an image of this type. */
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly type: PictureType }
  /** The credential names a picture that is not in it: never loaded. */
  | { readonly kind: 'remote' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Whether the bytes read as an SVG document (an `<svg` element near the start). */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  return head.trimStart().startsWith('<') && /<svg[\s>]/i.test(head);
}

const DATA_IMAGE = /^data:(image\/(?:png|jpeg|gif|webp|svg\+xml))((?:;[^,;]*)*?)(;base64)?,(.*)$/is;

/** The bytes and type of a `data:` image URL of an allowed type, or undefined. */
export function dataImage(url: string): { bytes: Uint8Array; type: PictureType } | undefined {
  const m = DATA_IMAGE.exec(url.trim());
  if (!m) return undefined;
  const type = (m[1] as string).toLowerCase() as PictureType;
  const body = m[4] as string;
  try {
    const bytes =
      m[3] !== undefined
        ? base64ToBytes(decodeURIComponent(body).replace(/\s+/g, ''))
        : new TextEncoder().encode(decodeURIComponent(body));
    return bytes.length > 0 ? { bytes, type } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The picture of a stored credential: its file, when the file is a badge image; else a `data:`
 * image it carries; else a remote picture it names (not loaded); else none.
 */
export function pictureOf(
  rec: { readonly mediaType: string; readonly normalized: { readonly image?: string | undefined } },
  original: Uint8Array | undefined,
): Picture | null {
  if (original !== undefined) {
    if (isPng(original)) return { kind: 'bytes', bytes: original, type: 'image/png' };
    if (rec.mediaType.startsWith('image/svg') && isSvg(original))
      return { kind: 'bytes', bytes: original, type: 'image/svg+xml' };
  }
  const image = rec.normalized.image?.trim();
  if (image === undefined || image === '') return null;
  const data = dataImage(image);
  if (data !== undefined) return { kind: 'bytes', ...data };
  return { kind: 'remote' };
}

/** Whether original bytes are an image (shown as a picture, never as text). */
export function isImageFile(rec: { readonly mediaType: string }, original: Uint8Array | undefined): boolean {
  return rec.mediaType.startsWith('image/') || (original !== undefined && isPng(original));
}
