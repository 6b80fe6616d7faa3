/**
 * Message codes for the wallet's own words about a credential it had to describe itself
 * (a name when the file gives none, a presentation, an unreadable file). See ../spec.ts.
 */
import type { MessageSpecGroup } from './kinds';

export const CREDENTIAL_MESSAGES = {
  'credential.unnamed': {},
} as const satisfies MessageSpecGroup;
