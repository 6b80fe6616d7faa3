/** The fingerprint of an imported file: sha256 of its exact bytes, lowercase hex. Never of decoded or re-serialised content. */
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
