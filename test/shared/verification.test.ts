// The overall status rule: *Not verified* only for a failure that was checked; a missing Open
// Badges field is a caveat when the proof and dates hold; an undefined term beside a suite the
// wallet does not support yet decides nothing; unchecked proofs are *Could not check*.
import { describe, expect, it } from 'vitest';
import {
  caveats,
  overallStatus,
  type CheckId,
  type CheckOutcome,
  type CheckResult,
  type CheckCode,
} from '../../src-shared/verification';

const c = (id: CheckId, outcome: CheckOutcome, code?: CheckCode): CheckResult => ({
  id,
  outcome,
  ...(code ? { code } : {}),
  message: { code: 'check.not_json' },
});

const SIGNED = [c('proof', 'pass', 'signature_valid'), c('issuer_binding', 'pass', 'issuer_controls_key')];
const DATES_OK = c('validity_period', 'pass', 'within_validity_period');
const SCHEMA_FAIL = c('schema', 'fail', 'schema_invalid');

describe('overall status', () => {
  it('a schema problem with a valid proof and dates: verified, the problem a caveat', () => {
    const checks = [...SIGNED, DATES_OK, SCHEMA_FAIL];
    expect(overallStatus(checks)).toBe('verified');
    expect(caveats(checks)).toEqual([SCHEMA_FAIL]);
  });

  it('a schema problem with the proof unchecked: could not check', () => {
    const checks = [
      c('proof', 'not_checked', 'key_not_resolvable_offline'),
      c('issuer_binding', 'not_checked', 'issuer_not_resolvable_offline'),
      DATES_OK,
      SCHEMA_FAIL,
    ];
    expect(overallStatus(checks)).toBe('could_not_check');
  });

  it.each([
    ['a failed signature', [c('proof', 'fail', 'signature_invalid'), c('issuer_binding', 'not_checked'), DATES_OK]],
    ['expired dates', [...SIGNED, c('validity_period', 'fail', 'expired')]],
    ['a revocation', [...SIGNED, DATES_OK, c('status', 'fail', 'revoked')]],
    ["a key that is not the issuer's", [c('proof', 'pass'), c('issuer_binding', 'fail', 'issuer_key_mismatch')]],
  ])('a schema problem does not hide %s: not verified', (_what, checks) => {
    expect(overallStatus([...checks, SCHEMA_FAIL])).toBe('not_verified');
  });

  it('an undefined term is a failure when a supported signature depends on it', () => {
    const checks = [
      c('contexts', 'fail', 'undefined_term'),
      c('proof', 'not_checked', 'undefined_term'),
      c('issuer_binding', 'not_checked', 'issuer_not_confirmed'),
    ];
    expect(overallStatus(checks)).toBe('not_verified');
    expect(caveats(checks)).not.toContainEqual(checks[0]);
  });

  it('an undefined term beside a suite not supported yet: could not check, the term a caveat', () => {
    const checks = [
      c('contexts', 'fail', 'undefined_term'),
      c('proof', 'not_checked', 'unsupported_proof_type'),
      c('issuer_binding', 'not_checked', 'issuer_not_confirmed'),
      DATES_OK,
    ];
    expect(overallStatus(checks)).toBe('could_not_check');
    expect(caveats(checks)).toContainEqual(checks[0]);
  });

  it('a suite not supported yet with expired dates: not verified (the dates were checked)', () => {
    const checks = [
      c('proof', 'not_checked', 'unsupported_proof_type'),
      c('issuer_binding', 'not_checked'),
      c('validity_period', 'fail', 'expired'),
    ];
    expect(overallStatus(checks)).toBe('not_verified');
  });

  it('a recognised supporting document (its format passes, no proof): could not check, never not verified', () => {
    expect(overallStatus([c('format', 'pass', 'supporting_document')])).toBe('could_not_check');
  });
});
