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
} as const satisfies MessageSpecGroup;
