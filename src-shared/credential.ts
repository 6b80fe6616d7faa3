/**
 * The normalized credential record: what the wallet understood of one credential file,
 * independent of its format. Produced in main by the import service, stored by the
 * renderer beside the original bytes. Never holds HTML to render: every string is text.
 */
import { z } from 'zod';
import { VerificationResultSchema } from './verification';

export const CredentialFormatSchema = z.enum([
  'vc1-jsonld', // W3C VC Data Model 1.1, JSON-LD with embedded proof
  'vc2-jsonld', // W3C VC Data Model 2.0, JSON-LD with embedded proof
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
  /** Achievement or credential name, as text. */
  name: z.string(),
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
});
export type NormalizedCredential = z.infer<typeof NormalizedCredentialSchema>;

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
  /** Set when the file could not be understood: a learner-readable reason. */
  problem: z.string().optional(),
});
export type ImportedCredential = z.infer<typeof ImportedCredentialSchema>;
