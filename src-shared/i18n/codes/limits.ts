/**
 * Message codes said when something in a file is over one of the wallet's limits
 * (src-shared/limits.ts; see ../spec.ts for how codes, parameters and catalogues fit). Each is
 * the reason a file, or one check of it, was refused before any work was done on it.
 */
import type { MessageSpecGroup } from './kinds';

export const LIMIT_MESSAGES = {
  // A file's problem (and its format check): objects and arrays nested deeper than `max` levels.
  'limits.too_deep': { max: 'number' },
  // A proof or binding check: the key identifier is far longer than any real key.
  'limits.key_too_long': {},
  // A token's format check: its header is far longer than any real token header.
  'limits.token_header_too_long': {},
  // A token's format check: the token is longer than any file the wallet reads.
  'limits.token_too_long': {},
} as const satisfies MessageSpecGroup;
