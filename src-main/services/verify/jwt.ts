/**
 * One compact JWS credential or presentation verified with a verifier of the given parts:
 * for tools and tests (the app verifies through `createVerifier`, verifier.ts). The reading
 * of tokens is jwt-decode.ts, their signature jwt-signature.ts, their claims jwt-claims.ts.
 */
import { createVerifier, type VerifierParts } from './verifier';
import type { VerifiedJwt } from './jwt-verify';

export { decodeJws, documentOfPayload, looksLikeCompactJws, JWT_ALGORITHMS, type JwtKind } from './jwt-decode';
export type { VerifiedJwt } from './jwt-verify';

export type VerifyJwtOptions = Pick<VerifierParts, 'now' | 'statusLists' | 'keys'>;

export function verifyJwt(jws: string, opts: VerifyJwtOptions = {}): Promise<VerifiedJwt> {
  return createVerifier(opts).verifyJwt(jws);
}
