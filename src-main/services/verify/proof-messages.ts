/**
 * What a learner reads for each outcome of a signature check, whatever the proof format
 * (JSON-LD Data Integrity or JWT): one wording per code, so the formats never drift apart.
 */
export const PROOF_MESSAGES = {
  signature_valid: 'The digital signature is valid: the credential has not been changed since it was signed.',
  signature_invalid:
    'The digital signature does not match the credential: it was changed after signing, or the signature is damaged.',
  proof_error: 'The digital signature is malformed and cannot be verified.',
  unsupported_proof_type: 'The signature uses a method this wallet cannot check.',
} as const;
