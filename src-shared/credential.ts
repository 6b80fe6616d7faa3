/**
 * The normalized credential record: what the wallet understood of one credential file,
 * independent of its format. Produced in main by the import service, stored by the
 * renderer beside the original bytes. Never holds HTML to render: every string is text.
 */
import { z } from 'zod';
import { MessageSchema } from './i18n/spec';
import { VerificationResultSchema } from './verification';

export const CredentialFormatSchema = z.enum([
  'vc1-jsonld', // W3C VC Data Model 1.1, JSON-LD with embedded proof
  'vc2-jsonld', // W3C VC Data Model 2.0, JSON-LD with embedded proof
  'vc1-jwt', // VC 1.1 as a JWT (`vc` claim), compact JWS
  'vc2-jwt', // VC 2.0 secured as `vc+jwt` (the payload is the credential), also when enveloped
  'vp-jsonld', // Verifiable Presentation, JSON-LD with embedded proof (or none)
  'vp-jwt', // Verifiable Presentation as a JWT (`vp` claim or `vp+jwt` payload)
  'ob2-hosted', // Open Badges 2.0 hosted assertion (genuine only as served from its URL)
  'ob2-signed', // Open Badges 2.0 signed assertion (compact JWS; key in the issuer's profile)
  'ob1', // Open Badges 1.x assertion (legacy)
  'unknown', // could not be understood; kept and shown with the reason
]);
export type CredentialFormat = z.infer<typeof CredentialFormatSchema>;

/** One alignment as stated by the issuer (Open Badges 3.0 `alignment[]`). */
export const AlignmentSchema = z.object({
  targetName: z.string().optional(),
  targetUrl: z.string().optional(),
  targetCode: z.string().optional(),
  targetFramework: z.string().optional(),
  targetType: z.string().optional(),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

export const NormalizedCredentialSchema = z.object({
  /** The credential's own `id`, when it has one. */
  credentialId: z.string().optional(),
  format: CredentialFormatSchema,
  /** VC `type` values as written. */
  types: z.array(z.string()),
  /** Achievement or credential name, as text (English words of the wallet's own when `nameMessage` is set). */
  name: z.string(),
  /**
   * The wallet's own words for a credential it had to name itself (a presentation, a file it
   * cannot read, a credential without a name): shown, in the learner's language, instead of `name`.
   */
  nameMessage: MessageSchema.optional(),
  description: z.string().optional(),
  issuerId: z.string().optional(),
  issuerName: z.string().optional(),
  subjectId: z.string().optional(),
  /** VC 1.1 issuanceDate or VC 2.0 validFrom. */
  issuedOn: z.string().optional(),
  validUntil: z.string().optional(),
  /** Open Badges 3.0 achievementType (e.g. BachelorDegree, Course), as written. */
  achievementType: z.string().optional(),
  fieldOfStudy: z.string().optional(),
  alignments: z.array(AlignmentSchema),
  /** Credits as stated (OB 3.0 creditsEarned, else creditsAvailable). */
  credits: z.number().optional(),
  /** European Learning Model `eqfLevel` / `nqfLevel` URIs or codes, when present. */
  eqfLevel: z.string().optional(),
  // ── Progress-map fields (all optional, additive). Read by workload.ts, pathways.ts,
  // micro-credential.ts. Only what the issuer wrote; nothing here is inferred.
  /** OB 3.0 `achievement.creditsAvailable`, as stated (unit not stated by OB 3.0). */
  creditsAvailable: z.number().nonnegative().optional(),
  /** OB 3.0 `credentialSubject.creditsEarned`, as stated. */
  creditsEarned: z.number().nonnegative().optional(),
  /** ELM `creditPoint[]`: framework 'ECTS' when the concept says so, else its label or URI. */
  creditPoints: z.array(z.object({ framework: z.string(), value: z.number().nonnegative() })).optional(),
  /** ELM `volumeOfLearning`, an ISO 8601 duration as written (e.g. PT60H). */
  volumeOfLearning: z.string().optional(),
  /** Hours of learning stated as a plain number (non-standard `hours` field), when present. */
  statedHours: z.number().nonnegative().optional(),
  /** Issuer's country: ISO 3166-1 alpha-2 when derivable, else as written. */
  issuerCountry: z.string().optional(),
  /** OB 3.0 `achievement.id`, or the ELM specification (`hasClaim.specifiedBy.id`). */
  achievementId: z.string().optional(),
  /** OB 3.0 `achievement.name` / ELM specification title (the course, not the credential). */
  achievementName: z.string().optional(),
  /** ELM `hasClaim.id` (what `hasPart`/`isPartOf` of other ELM claims point to). */
  claimId: z.string().optional(),
  /** CLR 2.0 `credentialSubject.association[]`. */
  associations: z
    .array(z.object({ associationType: z.string(), sourceId: z.string(), targetId: z.string() }))
    .optional(),
  /** ELM `hasPart` / `isPartOf` ids (claim or specification level). */
  hasPart: z.array(z.string()).optional(),
  isPartOf: z.array(z.string()).optional(),
  /** credentialSubject.id plus OB 3.0 `identifier[].identityHash`; hashed ones as `hashed:<value>`. */
  subjectIdentifiers: z.array(z.string()).optional(),
  term: z.string().optional(),
  activityStartDate: z.string().optional(),
  activityEndDate: z.string().optional(),
  /** Language of the learning, BCP 47 where derivable (OB 3.0 inLanguage, ELM language). */
  inLanguage: z.string().optional(),
  /** Set on a credential found nested inside another (CLR 2.0): the container's id. */
  containedIn: z.string().optional(),
  /**
   * Evidence for EU micro-credential elements (Council Recommendation 2022/C 243/02,
   * Annex I) that no other field carries; micro-credential.ts combines it with the rest.
   */
  /** The achievement's criteria as the issuer states them (OB 2.0/3.0 `criteria`): narrative text and/or a URL. */
  criteria: z.object({ narrative: z.string().optional(), url: z.string().optional() }).optional(),
  /**
   * The badge or achievement image as the credential names it: a `data:` URL carried in the
   * credential, or a remote URL (never loaded). A baked badge's picture is the file itself.
   */
  image: z.string().optional(),
  /**
   * Who the credential is about, when named by an identity rather than an id (OB 2.0
   * `recipient`, OB 3.0 `identifier[]`): an e-mail, URL or telephone, plain or hashed
   * (`sha256$<hex>` of the identity followed by `salt`). Compared with the learner's
   * identifiers by `recipientMatches` (recipient.ts).
   */
  recipient: z
    .object({
      type: z.string(),
      identity: z.string(),
      hashed: z.boolean(),
      salt: z.string().optional(),
    })
    .optional(),
  microCredential: z
    .object({
      learnerName: z.string().optional(),
      awardingBody: z.string().optional(),
      learningOutcomes: z.array(z.string()).optional(),
      assessment: z.string().optional(),
      participation: z.string().optional(),
      qualityAssurance: z.string().optional(),
      nqfLevel: z.string().optional(),
    })
    .optional(),
});
export type NormalizedCredential = z.infer<typeof NormalizedCredentialSchema>;

/**
 * What an imported entry is to the learner: a `credential` (shown on the map, counted toward
 * pathways, exported), a `supporting` document a credential needs checked offline (a key, an
 * issuer profile, a BadgeClass, a status or revocation list: listed apart, never on the map),
 * or `not_credential` (a file with no credential in it: a photo, a text, an unbaked image;
 * kept only in the "Not credentials" tray with its reason, never placed, counted or exported).
 */
export const EntryKindSchema = z.enum(['credential', 'supporting', 'not_credential']);
export type EntryKind = z.infer<typeof EntryKindSchema>;

/** Which kind of supporting document an entry is (supporting.ts says how it is recognised). */
export const SupportingKindSchema = z.enum([
  'status-list', // BitstringStatusListCredential / StatusList2021Credential
  'ob2-badgeclass', // Open Badges 2.0 BadgeClass
  'ob2-issuer', // Open Badges 2.0 Issuer profile (may list its public keys and revocation list)
  'ob2-key', // Open Badges 2.0 CryptographicKey (a PEM public key)
  'ob2-revocation-list', // Open Badges 2.0 RevocationList
  'key', // a JSON Web Key or verification method file (JsonWebKey2020, Multikey …)
  'did-document', // a DID document
]);
export type SupportingKind = z.infer<typeof SupportingKindSchema>;

/** The archive a file was taken from, when it came inside one (a .zip, or a zip inside a zip). */
export const OriginSchema = z.object({
  /** The archive's file name as the learner chose it (then, one level down, the inner archive's entry name). */
  archive: z.string().max(1024),
  /** The entry's name inside the archive, as written there: display text only, never used as a path. */
  entry: z.string().max(1024),
});
export type Origin = z.infer<typeof OriginSchema>;

/** One credential found in an imported file. */
export const ImportedCredentialSchema = z.object({
  /** The file name as the learner chose it. */
  fileName: z.string(),
  /** sha256 of the original bytes, hex: the identity of an imported file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Media type guessed from the content. */
  mediaType: z.string(),
  normalized: NormalizedCredentialSchema,
  verification: VerificationResultSchema,
  /**
   * Set when the file could not be understood: the reason, as a message for the learner's
   * language (a string is English text from a record stored by an earlier version).
   */
  problem: z.union([MessageSchema, z.string()]).optional(),
  /**
   * Set when one file holds several credentials (a presentation, a CLR, an envelope):
   * entries of one file share `sha256` and come in this order — the holder/container
   * first (`index` 0), then each credential inside it.
   */
  part: z
    .object({
      role: z.enum(['presentation', 'container', 'inner']),
      index: z.number().int().min(0),
      count: z.number().int().min(1),
    })
    .optional(),
  /** What the entry is to the learner; absent in records stored by earlier versions (`entryKindOf`). */
  kind: EntryKindSchema.optional(),
  /** Set when `kind` is `supporting`: which kind of supporting document. */
  supportingKind: SupportingKindSchema.optional(),
  /**
   * The credential's identity across the files it arrives in: sha256 (hex) of its content,
   * the same whether it came as a JSON file, baked in an image, inside a presentation, a
   * transcript or an archive (`credentialDigest`, supporting.ts). Absent when there is no
   * credential to identify (a file that is not one).
   */
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** The archive the file came in, when it came in one. */
  origin: OriginSchema.optional(),
});
export type ImportedCredential = z.infer<typeof ImportedCredentialSchema>;

/** Credentials that publish a revocation/suspension list rather than an achievement. */
const STATUS_LIST_CREDENTIAL_TYPES: readonly string[] = ['BitstringStatusListCredential', 'StatusList2021Credential'];

export function isStatusListType(types: readonly string[]): boolean {
  return types.some((t) => STATUS_LIST_CREDENTIAL_TYPES.includes(t));
}

/**
 * What an entry is, also for one stored by an earlier version (no `kind`), by the import's
 * rules (src-main/services/entry-kinds.ts): a status list, or an entry whose format check
 * recognised a supporting document (`supporting_document`), is supporting; a file the wallet
 * could not read, whose format check failed as "not a credential", is not a credential;
 * anything else is a credential (also one the wallet cannot check yet).
 */
export function entryKindOf(
  item: Pick<ImportedCredential, 'kind' | 'verification'> & { normalized: Pick<NormalizedCredential, 'types'> },
): EntryKind {
  if (item.kind !== undefined) return item.kind;
  if (isStatusListType(item.normalized.types)) return 'supporting';
  const format = item.verification.checks.find((c) => c.id === 'format');
  if (format?.outcome === 'pass' && format.code === 'supporting_document') return 'supporting';
  return format?.outcome === 'fail' && format.code === 'not_a_credential' ? 'not_credential' : 'credential';
}
