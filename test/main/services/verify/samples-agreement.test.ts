// Agreement with the publishers (../shared/samples/SOURCES.md): every W3C JSON-LD and JWT
// credential sample, every European Digital Credential, Blockcerts and signed PDF sample, and
// the key and status-list support files go through importFiles, and the wallet's overall
// answer and what each entry is (credential or supporting document) are pinned here with the
// reason it may differ from the publisher's. Offline, a publisher's "valid" becomes "could not
// check" wherever the key or issuer needs the network or the token brings its own key, and
// wherever the proof suite or format is not supported yet (named in the message, never "not
// verified"); tampered, expired, revoked and issuer-mismatched never verify, and "not
// verified" stays for a failure the wallet checked (a signature, a date, the issuer's key).
// A missing Open Badges field is a caveat, not a failure. A held
// status list answers only for its own issuer's credentials: the DCC list is signed by
// another did:key than the DCC credentials that point to it, so it answers neither.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ImportedCredentialSchema,
  type EntryKind,
  type ImportedCredential,
  type SupportingKind,
} from '../../../../src-shared/credential';
import type { MessageCode } from '../../../../src-shared/i18n/spec';
import type { CheckCode, CheckId, CheckOutcome, VerificationStatus } from '../../../../src-shared/verification';
import { importFiles } from '../../../../src-main/services/import-service';
import { readSampleBytes, SAMPLES_DIR } from '../../../helpers/samples';

const NOW = new Date('2026-01-15T00:00:00Z');
const STATUS_LIST = 'negative/dcc-vctf_status-list_e5WK8CbZ1GjycuPombrj_SUPPORT';

interface Row {
  file: string;
  status: VerificationStatus;
  /** What the file's (first) entry is; the entries inside a presentation or CLR are credentials. */
  kind: EntryKind;
  supportingKind?: SupportingKind;
  checks?: Partial<Record<CheckId, CheckOutcome>>;
  /** Check codes that say why (an unsupported suite or format, a caveat). */
  codes?: Partial<Record<CheckId, CheckCode>>;
  /** The suite a "not supported yet" proof message names. */
  suite?: string;
  /** The message code of the file's problem (a format not supported yet). */
  problem?: MessageCode;
  /** Statuses of the credentials inside (presentations, CLRs), in order. */
  inner?: VerificationStatus[];
  /** Supporting files the learner drops in the same batch (an OB 2.0 badge's BadgeClass, Issuer, key …). */
  with?: string[];
  /** The name the wallet reads for the (first) entry, where it matters. */
  name?: string;
  /** A sample holding the same credential in another file (baked in PNG, not SVG): the same answer and digest. */
  twin?: string;
  why: string;
}

const OB2_SUPPORT = [
  'ob2/1edtech-dcpv_ob2_support_badgeclass.json',
  'ob2/1edtech-dcpv_ob2_support_issuer.json',
  'ob2/1edtech-dcpv_ob2_support_key1.json',
];
const OB2_REVOKED_SUPPORT = [
  'negative/1edtech-dcpv_ob2_support_badgeclass-with-revocation-list.json',
  'negative/1edtech-dcpv_ob2_support_issuer-with-revocation-list.json',
  'negative/1edtech-dcpv_ob2_support_key3.json',
  'negative/1edtech-dcpv_ob2_support_revocation-list.json',
];

const TABLE: Row[] = [
  // vc1-ed25519-2020
  {
    file: 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json',
    status: 'verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'pass', schema: 'pass' },
    why: 'publisher: valid; did:key issuer signs its own credential',
  },
  {
    file: 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_stringIssuerId.json',
    status: 'verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'pass', schema: 'pass' },
    why: 'publisher: valid; issuer as a plain did:key string is still its id',
  },
  {
    file: 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_validStatus.json',
    // The DCC list (bit 7 clear) is signed by did:key:z6MknNQD…, not by this credential's
    // issuer did:key:z6Mki7Dq…, and claims another address: a held list without authority
    // over the credential answers nothing, so the status is not checked (see the test below).
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'pass', status: 'not_checked' },
    why: "publisher: valid (bit 7 clear); offline the held list is not the issuer's, so it cannot answer",
  },
  {
    file: 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didweb_ob3_noStatus.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'not_checked', issuer_binding: 'not_checked' },
    why: 'publisher: valid; did:web needs the network',
  },
  {
    file: 'vc1-ed25519-2020/w3c-vc-di-eddsa_ed25519signature2020_vc2-envelope_alumni.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'fail' },
    why: 'spec vector: signature valid, but the did:key is not the https issuer',
  },
  // vc2-data-integrity
  {
    file: 'vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json',
    status: 'verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'pass' },
    why: 'publisher: valid; both proofs by the did:key issuer',
  },
  {
    file: 'vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p256_alumni.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'fail' },
    why: 'spec vector: key does not belong to the issuer',
  },
  {
    file: 'vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p384_alumni.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'fail' },
    why: 'spec vector: key does not belong to the issuer',
  },
  {
    file: 'vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'fail' },
    why: 'spec vector: key does not belong to the issuer',
  },
  {
    file: 'vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_employment-authorization.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'fail' },
    why: 'spec vector: issuer is a different (P-256) did:key',
  },
  // ob3
  {
    file: 'ob3/1edtech-dcpv_ob3_simple_vc2_eddsa-rdfc-2022.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked', schema: 'pass' },
    why: 'publisher: valid; key read from the issuer URL fragment, issuer unconfirmed offline',
  },
  {
    file: 'ob3/1edtech-dcpv_ob3_simple_vc1_ed25519-2020.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked', schema: 'pass' },
    why: 'as above, VC 1.1',
  },
  {
    file: 'ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked', status: 'not_checked', schema: 'pass' },
    why: 'publisher: valid signature; fragment key, and 1EdTechRevocationList needs the network',
  },
  {
    file: 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json',
    status: 'verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'pass', schema: 'pass' },
    why: 'publisher: valid; did:key issuer',
  },
  // clr2
  {
    file: 'clr2/1edtech-dcpv_clr2_simple_vc2_eddsa-rdfc-2022.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked' },
    inner: ['could_not_check'],
    why: 'publisher: valid; outer and nested proofs use fragment keys',
  },
  {
    file: 'clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'fail' },
    inner: ['not_verified', 'not_verified', 'not_verified', 'not_verified', 'not_verified', 'not_verified'],
    why: 'publisher: valid (test disabled); urn:uuid issuers do not control the did:key that signed',
  },
  {
    file: 'clr2/1edtech-dcpv_clr2_simple_noproof.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'not_checked', contexts: 'not_checked' },
    inner: ['not_verified'],
    why: 'unsigned, draft CLR context not bundled; the nested badge uses a term its contexts do not define',
  },
  // jwt
  {
    file: 'jwt/1edtech-dcpv_clr2_vc1-claim_rs256-embedded-jwk.jwt',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked', jwt_claims: 'pass' },
    inner: ['could_not_check'],
    why: 'publisher: valid; the key is in the token header, so the issuer is unconfirmed',
  },
  {
    file: 'jwt/1edtech-dcpv_ob3_vc1-claim_rs256-no-key-hint.jwt',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'not_checked', schema: 'fail' },
    codes: { proof: 'key_not_resolvable_offline', schema: 'schema_invalid' },
    why: 'publisher: unknown; no key offline; the missing achievement OB 3.0 requires is a caveat, not a failure',
  },
  {
    file: 'jwt/dif-jws-ts_key-0-ed25519_SUPPORT.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'key',
    checks: { format: 'pass' },
    codes: { format: 'supporting_document' },
    why: 'support file: JsonWebKey2020 for did:example:123#key-0; kept to check, not a credential',
  },
  {
    file: 'jwt/dif-jws-ts_key-2-secp256r1_SUPPORT.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'key',
    checks: { format: 'pass' },
    codes: { format: 'supporting_document' },
    why: 'support file: JsonWebKey2020 for did:example:123#key-2; kept to check, not a credential',
  },
  {
    file: 'jwt/dif-jws-ts_transmute_vc1_eddsa.vc-jwt.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'not_checked', jwt_claims: 'pass' },
    why: 'test-suite output; did:example key is not resolvable offline',
  },
  {
    file: 'jwt/dif-jws-ts_transmute_vc1_es256.vc-jwt.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'not_checked', jwt_claims: 'pass' },
    why: 'as above, ES256',
  },
  // negative
  {
    file: 'negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'fail' },
    why: 'tampered after signing',
  },
  {
    file: 'negative/1edtech-dcpv_ob3_vc2_BAD-PROOF-VALUE.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'fail' },
    why: 'damaged proof value',
  },
  {
    file: 'negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', validity_period: 'fail' },
    why: 'expired 2025-01-09; signature intact',
  },
  {
    file: 'negative/1edtech-dcpv_ob3_vc2_EXPIRED.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', validity_period: 'fail' },
    why: 'validUntil 2010-01-01',
  },
  {
    file: 'negative/dcc-vctf_v2_eddsa-rdfc-2022_didkey_REVOKED.json',
    // The DCC list (bit 8 set) is signed by did:key:z6MknNQD…, not by this credential's
    // issuer did:key:z6MkqBcw…: anyone can sign a list and give it any id, so a held list
    // without authority over the credential answers nothing. Offline, without the list
    // fetched from the credential's own address, the revocation cannot be confirmed: Could
    // not check, with a message naming the list's signer (see the test below).
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'pass', status: 'not_checked' },
    why: "publisher: revoked (bit 8 set); offline the held list is not the issuer's, so it cannot answer",
  },
  {
    file: STATUS_LIST,
    status: 'verified',
    kind: 'supporting',
    supportingKind: 'status-list',
    checks: { proof: 'pass', issuer_binding: 'pass' },
    why: 'support file: the status list credential itself verifies',
  },
  {
    file: 'negative/blockcerts-cvjs_v3.1_mocknet_vc2_EXPIRED.json',
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'not_checked', validity_period: 'fail' },
    codes: { proof: 'unsupported_proof_type', validity_period: 'expired' },
    suite: 'MerkleProof2019',
    why: 'publisher: expired; the dates are checked and have passed, whatever the Merkle proof says',
  },
  {
    file: 'negative/blockcerts-cvjs_v3_REVOKED_status-list-2021.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'not_checked', status: 'not_checked' },
    codes: { proof: 'unsupported_proof_type', status: 'status_not_checked_offline' },
    suite: 'MerkleProof2019',
    why: 'publisher: revoked; its StatusList2021 list is online only, and MerkleProof2019 is not supported yet',
  },
  {
    file: 'negative/blockcerts-cvjs_v3_testnet_TAMPERED.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { contexts: 'fail', proof: 'not_checked' },
    codes: { contexts: 'undefined_term', proof: 'unsupported_proof_type' },
    suite: 'MerkleProof2019',
    why: 'publisher: tampered; offline this cannot be told until the Merkle proof is recomputed (its plain-UUID ids are a caveat)',
  },
  // edc
  {
    file: 'edc/ec-elm_v3_Sample-CertOfPart-signed.jsonld',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_jws_json',
    why: 'publisher: valid; a JAdES seal (JWS JSON serialization) is not supported yet',
  },
  {
    file: 'edc/ec-elm_v3_Sample-MC-Annex1-signed.jsonld',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_jws_json',
    why: 'publisher: valid; a JAdES seal is not supported yet',
  },
  {
    file: 'edc/mynextid_edc-degree-certificate-signed.jsonld',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_jws_json',
    why: 'publisher: valid; a JAdES seal is not supported yet',
  },
  {
    file: 'edc/ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'not_checked' },
    codes: { proof: 'no_proof' },
    why: 'publisher: unsigned; an ELM v3 credential without a signature',
  },
  {
    file: 'edc/ec-elm_v2_EDC_DiplomaSupplement_AA.xml',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_xml',
    why: 'publisher: valid; ELM v2 XML with an XAdES signature is not supported yet',
  },
  // blockcerts
  {
    file: 'blockcerts/blockcerts-cvjs_v3_testnet_did-ion_merkleproof2019.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { contexts: 'pass', proof: 'not_checked' },
    codes: { proof: 'unsupported_proof_type' },
    suite: 'MerkleProof2019',
    why: 'publisher: valid; MerkleProof2019 (Bitcoin testnet anchor, did:ion) is not supported yet',
  },
  {
    file: 'blockcerts/blockcerts-cvjs_v3.1_mocknet_vc2_merkle-proof-2019.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { contexts: 'pass', proof: 'not_checked' },
    codes: { proof: 'unsupported_proof_type' },
    suite: 'merkle-proof-2019',
    why: 'publisher: valid; DataIntegrityProof merkle-proof-2019 is not supported yet',
  },
  {
    file: 'blockcerts/blockcerts-cvjs_v3.1_mocknet_valid.json',
    status: 'could_not_check',
    kind: 'credential',
    checks: { contexts: 'pass', proof: 'not_checked' },
    codes: { proof: 'unsupported_proof_type' },
    suite: 'EcdsaSecp256k1Signature2019',
    why: 'publisher: valid; its secp256k1 and chained proofs are not supported yet',
  },
  // pdf
  {
    file: 'pdf/dss_pades-b_original-valid.pdf',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_pdf_signed',
    why: 'publisher: valid PAdES-B; signed PDFs are not supported yet',
  },
  {
    file: 'pdf/dss_pades-b_tampered-text.pdf',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_pdf_signed',
    why: 'publisher: tampered; PDF signatures are not checked yet, so the tampering cannot be told: never verified',
  },
  {
    file: 'pdf/pyhanko_pades-lta_sig-timestamp-and-doc-timestamp.pdf',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_pdf_signed',
    why: 'publisher: valid PAdES-LTA (signature and document timestamp); signed PDFs are not supported yet',
  },
  {
    file: 'pdf/signpdf_adbe-pkcs7-detached_rsa.pdf',
    status: 'could_not_check',
    kind: 'credential',
    checks: { format: 'not_checked' },
    codes: { format: 'unsupported_format' },
    problem: 'import.unsupported_pdf_signed',
    why: 'publisher: a valid adbe.pkcs7.detached signature; signed PDFs are not supported yet',
  },
  // Open Badges 2.0: hosted badges are genuine only as served from their URL; signed ones verify with the issuer's key held
  {
    file: 'ob2/1edtech-dcpv_ob2_hosted_assertion.json',
    with: OB2_SUPPORT,
    status: 'could_not_check',
    kind: 'credential',
    name: 'Awesome Robotics Badge',
    checks: { proof: 'not_checked', validity_period: 'pass' },
    codes: { proof: 'hosted_not_checked_offline' },
    why: 'publisher: valid by hosted verification; example.org is not reachable and the wallet stays offline',
  },
  {
    file: 'ob2/1edtech-dcpv_ob2_signed_assertion.jwt',
    with: OB2_SUPPORT,
    status: 'verified',
    kind: 'credential',
    name: 'Awesome Robotics Badge',
    checks: { proof: 'pass', issuer_binding: 'pass', validity_period: 'pass' },
    why: "publisher: valid; RS256 with key1, which the issuer's profile lists",
  },
  {
    file: 'ob2/1edtech-dcpv_ob2_baked_hosted.png',
    with: OB2_SUPPORT,
    status: 'could_not_check',
    kind: 'credential',
    name: 'Awesome Robotics Badge',
    checks: { proof: 'not_checked' },
    codes: { proof: 'hosted_not_checked_offline' },
    why: 'publisher: valid (hosted assertion baked in iTXt openbadges); checked on the issuer server only',
  },
  {
    file: 'ob2/1edtech-dcpv_ob2_support_badgeclass.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'ob2-badgeclass',
    why: 'support file: BadgeClass',
  },
  {
    file: 'ob2/1edtech-dcpv_ob2_support_issuer.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'ob2-issuer',
    why: 'support file: Issuer profile listing key1',
  },
  {
    file: 'ob2/1edtech-dcpv_ob2_support_key1.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'ob2-key',
    why: 'support file: CryptographicKey (PEM)',
  },
  {
    file: 'negative/1edtech-dcpv_ob2_hosted_EXPIRED.json',
    with: OB2_SUPPORT,
    status: 'not_verified',
    kind: 'credential',
    checks: { validity_period: 'fail' },
    why: 'publisher: invalid, expired 2022-11-15',
  },
  {
    file: 'negative/1edtech-dcpv_ob2_signed_REVOKED.jwt',
    with: OB2_REVOKED_SUPPORT,
    status: 'not_verified',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'pass', status: 'fail' },
    codes: { status: 'revoked' },
    why: "publisher: revoked in the issuer's own revocation list; the signature itself is valid",
  },
  {
    file: 'negative/1edtech-dcpv_ob2_support_badgeclass-with-revocation-list.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'ob2-badgeclass',
    why: 'support file: BadgeClass of the revoked badge',
  },
  {
    file: 'negative/1edtech-dcpv_ob2_support_issuer-with-revocation-list.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'ob2-issuer',
    why: 'support file: Issuer naming its revocation list and key3',
  },
  {
    file: 'negative/1edtech-dcpv_ob2_support_key3.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'ob2-key',
    why: 'support file: CryptographicKey of the revoked badge',
  },
  {
    file: 'negative/1edtech-dcpv_ob2_support_revocation-list.json',
    status: 'could_not_check',
    kind: 'supporting',
    supportingKind: 'ob2-revocation-list',
    why: 'support file: RevocationList',
  },
  // Baked badge images: the credential inside answers exactly as the same credential given as a file
  {
    file: 'ob3/1edtech-dcpv_ob3_baked_json.png',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked' },
    why: 'publisher: valid; baked iTXt openbadgecredential JSON, fragment key so the issuer is unconfirmed offline',
  },
  {
    file: 'ob3/1edtech-dcpv_ob3_baked_json.svg',
    twin: 'ob3/1edtech-dcpv_ob3_baked_json.png',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked' },
    why: 'publisher: valid; baked <openbadges:credential> CDATA JSON',
  },
  {
    file: 'jwt/1edtech-dcpv_ob3_baked_vc2-jwt.png',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked' },
    why: 'publisher: valid; baked compact JWS RS256 whose key comes in its own header, so the issuer is unconfirmed',
  },
  {
    file: 'jwt/1edtech-dcpv_ob3_baked_vc2-jwt.svg',
    status: 'could_not_check',
    kind: 'credential',
    checks: { proof: 'pass', issuer_binding: 'not_checked' },
    why: 'publisher: valid; baked JWS in the verify attribute',
  },
];

/** Every sample in ../shared/samples: the table must cover them all. */
function samplesInScope(): string[] {
  const files: string[] = [];
  const dirs = [
    'vc1-ed25519-2020',
    'vc2-data-integrity',
    'ob3',
    'clr2',
    'jwt',
    'negative',
    'edc',
    'blockcerts',
    'pdf',
    'ob2',
  ];
  for (const dir of dirs) {
    for (const f of readdirSync(`${SAMPLES_DIR}/${dir}`)) {
      files.push(`${dir}/${f}`);
    }
  }
  return files.sort();
}

async function importWithStatusList(rel: string, others: readonly string[] = []): Promise<ImportedCredential[]> {
  // The status list (and a badge's supporting files) come in the same batch, as a learner would drop them.
  const items = await importFiles(
    [
      { name: rel, bytes: readSampleBytes(rel) },
      { name: 'status-list', bytes: readSampleBytes(STATUS_LIST) },
      ...others.map((o) => ({ name: o, bytes: readSampleBytes(o) })),
    ],
    { now: NOW },
  );
  for (const i of items) ImportedCredentialSchema.parse(i);
  return items.filter((i) => i.fileName === rel);
}

describe('agreement with the published samples', () => {
  it('the table covers every sample', () => {
    expect(TABLE.map((r) => r.file).sort()).toEqual(samplesInScope());
  });

  it.each(TABLE.map((r) => [r.file, r] as const))('%s', async (_file, row) => {
    const items = await importWithStatusList(row.file, row.with);
    const [first, ...inner] = items;
    expect(first, row.why).toBeDefined();
    if (!first) return;
    if (row.name !== undefined) expect(first.normalized.name, row.why).toBe(row.name);
    if (row.twin !== undefined) {
      // The same credential, baked or not: the same answer, check by check, and the same identity.
      const [twin] = await importWithStatusList(row.twin, row.with);
      expect(first.verification.checks.map((c) => [c.id, c.outcome, c.code])).toEqual(
        twin?.verification.checks.map((c) => [c.id, c.outcome, c.code]),
      );
      expect(first.digest).toBe(twin?.digest);
    }
    expect(first.verification.status, row.why).toBe(row.status);
    expect(first.kind, row.why).toBe(row.kind);
    expect(first.supportingKind, row.why).toBe(row.supportingKind);
    for (const [id, outcome] of Object.entries(row.checks ?? {})) {
      expect(first.verification.checks.find((c) => c.id === id)?.outcome, `${id}: ${row.why}`).toBe(outcome);
    }
    for (const [id, code] of Object.entries(row.codes ?? {})) {
      expect(first.verification.checks.find((c) => c.id === id)?.code, `${id}: ${row.why}`).toBe(code);
    }
    if (row.suite !== undefined) {
      const proof = first.verification.checks.find((c) => c.id === 'proof');
      expect(proof?.message, row.why).toMatchObject({ code: 'check.proof_suite_not_supported_yet' });
      const params: Record<string, unknown> =
        typeof proof?.message === 'object' && proof.message.params !== undefined ? proof.message.params : {};
      const suite = params['suite'];
      expect(String(suite), row.why).toContain(row.suite);
    }
    if (row.problem !== undefined) expect(first.problem, row.why).toEqual({ code: row.problem });
    // Inside a presentation or a CLR, every entry is a credential; a document always has its digest.
    for (const i of inner) expect(i.kind, row.why).toBe('credential');
    for (const i of items) if (i.normalized.format !== 'unknown') expect(i.digest, row.why).toMatch(/^[0-9a-f]{64}$/);
    // Not verified only for a failure the wallet checked: never for a suite or format it does not support yet.
    if (row.status === 'not_verified')
      expect(
        first.verification.checks.some((c) => c.outcome === 'fail' && c.id !== 'schema'),
        row.why,
      ).toBe(true);
    if (row.kind === 'supporting') expect(first.verification.status, row.why).not.toBe('not_verified');
    expect(
      inner.map((i) => i.verification.status),
      row.why,
    ).toEqual(row.inner ?? []);
    if (inner.length > 0) {
      expect(items.map((i) => i.part?.index)).toEqual(items.map((_, n) => n));
      expect(new Set(items.map((i) => i.sha256)).size).toBe(1);
    }
    if (/TAMPERED|tampered|EXPIRED|REVOKED|BAD-PROOF|w3c-vc-di/.test(row.file))
      expect(first.verification.status).not.toBe('verified');
  });

  it.each([
    ['negative/dcc-vctf_v2_eddsa-rdfc-2022_didkey_REVOKED.json'],
    ['vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_validStatus.json'],
  ])("the DCC status list is not %s's issuer's: the message names its signer and the id it claims", async (rel) => {
    const [item] = await importWithStatusList(rel);
    expect(item?.verification.checks.find((c) => c.id === 'status')).toMatchObject({
      outcome: 'not_checked',
      code: 'status_list_not_verified',
      message: {
        code: 'check.status_list_not_authoritative',
        params: {
          signer: 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q',
          claims: 'https://testing.dcconsortium.org/status/e5WK8CbZ1GjycuPombrj',
        },
      },
    });
  });

  it('without the status list the revoked credential is not revoked-checked, never passed', async () => {
    const [item] = await importFiles(
      [{ name: 'r', bytes: readSampleBytes('negative/dcc-vctf_v2_eddsa-rdfc-2022_didkey_REVOKED.json') }],
      { now: NOW },
    );
    expect(item?.verification.checks.find((c) => c.id === 'status')).toMatchObject({
      outcome: 'not_checked',
      code: 'status_not_checked_offline',
    });
  });
});
