/**
 * Offline verification of credentials and presentations secured as compact JWS: VC 1.1 JWTs
 * (`vc` / `vp` claim) and VC 2.0 `vc+jwt` / `vp+jwt` (the payload is the credential), with
 * EdDSA (Ed25519), ES256, ES384 or RS256, given a verification context (context.ts). The
 * signature, issuer binding, dates, JWT claims, status and Open Badges fields are separate
 * checks, returned as data. For a presentation only its own checks are made; the credentials
 * inside are the caller's to verify one by one. Must never fetch anything.
 */
import { idOf, isRecord } from '../../../src-shared/json';
import { msg } from '../../../src-shared/i18n/spec';
import type { CheckResult, VerificationResult } from '../../../src-shared/verification';
import type { Party } from './binding';
import { check, resultOf } from './check';
import type { VerificationContext } from './context';
import { jwtClaimsCheck } from './jwt-claims';
import { documentOfPayload, isoOfNumericDate, looksLikeCompactJws, readJws, type JwtKind } from './jwt-decode';
import { bindingCheckOf, checkSignature, keySourceOf, proofCheckOf } from './jwt-signature';
import { ob3SchemaCheck } from './schema-ob3';
import { validityCheckOfDates, type NamedDate } from './validity';

export interface VerifiedJwt {
  kind: JwtKind | undefined;
  /** The credential or presentation (for VC 1.1, completed from the registered claims). */
  doc: Record<string, unknown> | undefined;
  header: Record<string, unknown> | undefined;
  verification: VerificationResult;
}

function present(dates: NamedDate[]): NamedDate[] {
  return dates.filter(([, v]) => v !== undefined);
}

export async function verifyJwtIn(ctx: VerificationContext, jws: string): Promise<VerifiedJwt> {
  const { now } = ctx;
  const decoded = looksLikeCompactJws(jws) ? readJws(jws) : undefined;
  if (!decoded?.ok) {
    const checks = [check('format', 'fail', 'not_a_credential', decoded?.problem ?? msg('import.jwt_unreadable'))];
    return { kind: undefined, doc: undefined, header: undefined, verification: resultOf(checks, now) };
  }
  const { header, payload } = decoded;
  const found = documentOfPayload(payload);
  if (!found) {
    const checks = [check('format', 'fail', 'not_a_credential', msg('import.jwt_not_a_credential'))];
    return { kind: undefined, doc: undefined, header, verification: resultOf(checks, now) };
  }
  const { kind, doc } = found;
  const isVc = kind === 'vc1' || kind === 'vc2';
  // The claim as the issuer wrote it, before the registered claims filled it in.
  const claim = kind === 'vc1' ? payload['vc'] : kind === 'vp1' ? payload['vp'] : payload;
  const original = isRecord(claim) ? claim : payload;
  const party: Party = isVc ? 'issuer' : 'holder';
  const named = idOf(isVc ? doc['issuer'] : doc['holder']);
  const iss = typeof payload['iss'] === 'string' ? payload['iss'] : undefined;

  const source = keySourceOf(header, ctx.keys);
  const sig = await checkSignature(jws, header, source);
  const checks: CheckResult[] = [proofCheckOf(sig, source), await bindingCheckOf(sig, source, named, iss, party)];
  checks.push(
    validityCheckOfDates(
      present([
        ['validFrom', doc['validFrom']],
        ['issuanceDate', doc['issuanceDate']],
        ['nbf', isoOfNumericDate(payload['nbf']) ?? payload['nbf']],
      ]),
      present([
        ['validUntil', doc['validUntil']],
        ['expirationDate', doc['expirationDate']],
        ['exp', isoOfNumericDate(payload['exp']) ?? payload['exp']],
      ]),
      now,
    ),
  );
  checks.push(jwtClaimsCheck(payload, kind, original, now));
  if (isVc) {
    // The key's controller, when the token names a did:key / did:jwk key that signed it.
    checks.push(await ctx.status(doc, sig.kind === 'valid' && source.kind === 'did' ? [source.did] : []));
    const schema = ob3SchemaCheck(doc);
    if (schema) checks.push(schema);
  }
  return { kind, doc, header, verification: resultOf(checks, now) };
}
