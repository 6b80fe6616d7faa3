/** Limit messages in English (codes and parameters: ../codes/limits.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { LIMIT_MESSAGES } from '../codes/limits';

export const limits: GroupCatalogue<typeof LIMIT_MESSAGES> = {
  'limits.too_deep':
    'This file nests its data too deeply (more than {max} levels) for the wallet to read it; no real credential is built like this. Other files are not affected.',
  'limits.key_too_long':
    'The key named for the signature is far too long to be a real key, so the signature could not be checked.',
  'limits.token_header_too_long':
    'The header of this signed token (JWT) is far too long to be a real one, so the token was not read.',
  'limits.token_too_long': 'This signed token (JWT) is too long to be read.',
};
