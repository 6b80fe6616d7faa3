/**
 * The proof and issuer-binding checks of a JSON-LD document, judged from the outcomes of its
 * proofs (jsonld-proof.ts): a proof that fails outright (its signature does not match, or it is
 * broken) fails the check even when another proof is valid, and is never described as merely
 * unconfirmed; otherwise any one valid proof makes the signature valid (Open Badges: it covers
 * the whole document), and proofs the wallet cannot check offline are caveats. The key's
 * controller must be the named issuer (or holder), and only a did:key / did:jwk controller
 * confirms it offline. Pure: outcomes in, checks out.
 */
import { idOf } from '../../../src-shared/json';
import { msg } from '../../../src-shared/i18n/spec';
import type { CheckResult } from '../../../src-shared/verification';
import { bindingMessage, type Party } from './binding';
import { check } from './check';
import type { ProofOutcome } from './jsonld-proof';

export function proofCheck(outcomes: readonly ProofOutcome[], party: Party): CheckResult {
  const valid = outcomes.filter((o) => o.kind === 'valid');
  const invalid = outcomes.filter((o) => o.kind === 'invalid');
  const broken = outcomes.filter((o) => o.kind === 'error');
  const validDetail = valid.length > 0 ? `; valid: ${valid.map((o) => `${o.label} by ${o.vmId}`).join('; ')}` : '';
  // A proof that fails outright fails the check, whatever the other proofs say.
  if (invalid.length > 0) {
    return check(
      'proof',
      'fail',
      'signature_invalid',
      valid.length > 0 && party === 'issuer'
        ? msg('check.signature_invalid_among_valid', { count: invalid.length })
        : msg('check.signature_invalid'),
      invalid.map((o) => `${o.label} by ${o.vmId}`).join('; ') + validDetail,
    );
  }
  if (valid.length > 0 && broken.length > 0) {
    return check(
      'proof',
      'fail',
      'proof_error',
      msg('check.proof_error'),
      broken.map((o) => `${o.label}: ${o.error}`).join('; ') + validDetail,
    );
  }
  if (valid.length > 0) {
    // Only proofs the wallet could not check remain: they are caveats, not failures.
    const others = outcomes.length - valid.length;
    const message =
      party === 'holder'
        ? msg('check.holder_signature_valid', { others })
        : others > 0
          ? msg('check.signature_valid_others_unconfirmed', { count: others })
          : msg('check.signature_valid');
    return check('proof', 'pass', 'signature_valid', message, valid.map((o) => `${o.label} by ${o.vmId}`).join('; '));
  }
  const term = outcomes.find((o) => o.kind === 'undefined_term');
  if (term) {
    return check('proof', 'not_checked', 'undefined_term', msg('check.signature_undefined_term'), term.problem.term);
  }
  if (broken.length > 0) {
    return check(
      'proof',
      'fail',
      'proof_error',
      msg('check.proof_error'),
      broken.map((o) => `${o.label}: ${o.error}`).join('; '),
    );
  }
  const context = outcomes.find((o) => o.kind === 'context_not_bundled');
  if (context) {
    return check('proof', 'not_checked', 'context_not_bundled', msg('check.context_not_bundled'), context.url);
  }
  const unresolvable = outcomes.filter((o) => o.kind === 'key_unresolvable');
  if (unresolvable.length > 0) {
    return check(
      'proof',
      'not_checked',
      'key_not_resolvable_offline',
      // A key id far longer than any real key's says so, not "published online".
      unresolvable.every((o) => o.tooLong) ? msg('limits.key_too_long') : msg('check.key_not_resolvable_offline'),
      unresolvable.map((o) => o.vmId).join('; '),
    );
  }
  // A suite the wallet does not support yet (Ed25519Signature2018, JsonWebSignature2020,
  // MerkleProof2019, ecdsa-sd-2023 …): not checked, named — never a failure.
  const labels = outcomes.map((o) => o.label).join('; ');
  return check(
    'proof',
    'not_checked',
    'unsupported_proof_type',
    labels === '' ? msg('check.unsupported_proof_type') : msg('check.proof_suite_not_supported_yet', { suite: labels }),
    labels,
  );
}

export function issuerBindingCheck(
  doc: Record<string, unknown>,
  outcomes: readonly ProofOutcome[],
  party: Party,
): CheckResult {
  const named = idOf(doc[party]);
  const valid = outcomes.filter((o) => o.kind === 'valid');
  const controllers = (): string => [...new Set(valid.map((o) => o.controller))].join(', ');
  if (valid.length === 0) {
    if (outcomes.some((o) => o.kind === 'key_unresolvable'))
      return check(
        'issuer_binding',
        'not_checked',
        'issuer_not_resolvable_offline',
        bindingMessage(party, 'offline'),
        named,
      );
    return check('issuer_binding', 'not_checked', 'issuer_not_confirmed', bindingMessage(party, 'noSignature'), named);
  }
  if (!named) {
    if (party === 'holder')
      return check(
        'issuer_binding',
        'not_checked',
        'issuer_not_confirmed',
        bindingMessage(party, 'notNamed'),
        controllers(),
      );
    return check('issuer_binding', 'fail', 'issuer_key_mismatch', bindingMessage(party, 'notNamed'));
  }
  const matching = valid.filter((o) => o.controller === named);
  if (matching.some((o) => o.origin === 'did:key' || o.origin === 'did:jwk'))
    return check('issuer_binding', 'pass', 'issuer_controls_key', bindingMessage(party, 'controls'), named);
  const fromFragment = matching.find((o) => o.origin === 'url-fragment');
  if (fromFragment) {
    return check(
      'issuer_binding',
      'not_checked',
      'issuer_not_confirmed',
      bindingMessage(party, 'fromWebAddress'),
      fromFragment.vmId,
    );
  }
  return check(
    'issuer_binding',
    'fail',
    'issuer_key_mismatch',
    bindingMessage(party, 'mismatch'),
    `${party} ${named}; key controlled by ${controllers()}`,
  );
}
