/**
 * Message codes said when reading a badge image or an archive (see ../spec.ts for how codes,
 * parameters and catalogues fit): what was found inside a baked PNG or SVG, why nothing
 * was, and what happened to the entries of a .zip. Each is a file's `problem` (and its
 * format check's message), or a note about one entry of an archive.
 */
import type { MessageSpecGroup } from './kinds';

export const BADGE_MESSAGES = {
  // An image (PNG or SVG) with no badge baked into it: a picture, not a credential.
  'badges.no_badge_inside': {},
  // A PNG whose bytes are damaged: a part fails its checksum (CRC), or the file ends too soon.
  'badges.png_bad_crc': {},
  'badges.png_truncated': {},
  'badges.png_damaged': {},
  // An SVG that is not well-formed XML (or uses entities the wallet does not expand).
  'badges.svg_unreadable': {},
  // Something is baked in, but it is neither a credential, a signed token, nor a badge's address.
  'badges.baked_unreadable': {},
  // What is baked in is larger than any file the wallet takes (in MB).
  'badges.baked_too_large': { maxMb: 'number' },
  // An Open Badges 2.0 image holding only its assertion's web address: its check and its name.
  'badges.hosted_url_only': { url: 'text' },
  'badges.badge_from': { url: 'text' },
  // A .zip nothing could be taken out of.
  'badges.archive_damaged': {},
  // Why one entry of an archive was left out.
  'badges.archive_too_many_entries': { max: 'number' },
  'badges.archive_too_large': { maxMb: 'number' },
  'badges.archive_file_too_large': { maxMb: 'number' },
  'badges.archive_ratio_too_high': { max: 'number' },
  'badges.archive_nested_too_deep': {},
  'badges.archive_entry_damaged': {},
} as const satisfies MessageSpecGroup;
