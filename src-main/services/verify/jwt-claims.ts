/**
 * The JWT claims check: a token's registered claims (iss, sub, jti, nbf, exp) must agree with
 * the credential or presentation it carries and with the time. Audience and nonce are not
 * required of a presentation: a file on disk answers no verifier (its message says so). The
 * claims that disagree are named in the detail, as the token writes them (`iss: A ≠ B`,
 * `exp: <time>`), with no words of any language: the message says what they mean. Pure:
 * `now` is given.
 */
import { asArray, idOf } from '../../../src-shared/json';
import { msg } from '../../../src-shared/i18n/spec';
import { CLOCK_SKEW_SECONDS, type CheckResult } from '../../../src-shared/verification';
import { check } from './check';
import type { JwtKind } from './jwt-decode';

// Marks for a claim that is missing, not text, or not a time (language-free, like the claim names).
const MISSING = '∅';
const NOT_TEXT = '?';
const NOT_TIME = '?';

export function jwtClaimsCheck(
  payload: Record<string, unknown>,
  kind: JwtKind,
  original: Record<string, unknown>,
  now: Date,
): CheckResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const skewMs = CLOCK_SKEW_SECONDS * 1000;
  const isVc = kind === 'vc1' || kind === 'vc2';
  const named = idOf(isVc ? original['issuer'] : original['holder']);
  const iss = payload['iss'];
  if (iss === undefined) {
    if (kind === 'vc1' || kind === 'vp1') problems.push(`iss: ${MISSING}`);
  } else if (typeof iss !== 'string') problems.push(`iss: ${NOT_TEXT}`);
  else if (named !== undefined && iss !== named) problems.push(`iss: ${iss} ≠ ${named}`);

  if (isVc) {
    const sub = payload['sub'];
    const subjects = asArray(original['credentialSubject']);
    const subjectId = subjects.length === 1 ? idOf(subjects[0]) : undefined;
    if (typeof sub === 'string') {
      if (subjectId !== undefined && sub !== subjectId) problems.push(`sub: ${sub} ≠ ${subjectId}`);
    } else if (sub !== undefined) {
      if (subjectId !== undefined) problems.push(`sub: ${NOT_TEXT}`);
      else notes.push(`sub: ${NOT_TEXT}`);
    }
  }
  const jti = payload['jti'];
  const id = typeof original['id'] === 'string' ? original['id'] : undefined;
  if (jti !== undefined && id !== undefined && jti !== id) problems.push(`jti: ${String(jti)} ≠ ${id}`);

  const nbf = payload['nbf'];
  if (nbf !== undefined) {
    if (typeof nbf !== 'number' || !Number.isFinite(nbf)) problems.push(`nbf: ${NOT_TIME}`);
    else if (nbf * 1000 > now.getTime() + skewMs) problems.push(`nbf: ${new Date(nbf * 1000).toISOString()}`);
  }
  const exp = payload['exp'];
  if (exp !== undefined) {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) problems.push(`exp: ${NOT_TIME}`);
    else if (exp * 1000 <= now.getTime() - skewMs) problems.push(`exp: ${new Date(exp * 1000).toISOString()}`);
  }

  if (problems.length > 0) {
    return check(
      'jwt_claims',
      'fail',
      'jwt_claims_mismatch',
      isVc ? msg('check.jwt_claims_mismatch') : msg('check.jwt_claims_mismatch_presentation'),
      problems.join('; '),
    );
  }
  return check(
    'jwt_claims',
    'pass',
    'jwt_claims_consistent',
    isVc ? msg('check.jwt_claims_agree') : msg('check.jwt_claims_agree_presentation'),
    notes.length > 0 ? notes.join('; ') : undefined,
  );
}
