/**
 * sha256, lowercase hex. The fingerprint of an imported file is the hash of its exact bytes,
 * never of decoded or re-serialised content; a credential's digest (entry-kinds.ts) is the same
 * hash over its canonical JSON text, on purpose apart from any file.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
