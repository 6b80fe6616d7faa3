/**
 * The bridge contract: for each channel, the zod schema of its request and response.
 * Main validates every request against it before any work; the renderer's API type is
 * derived from it. Adding a channel means adding it here and in channels.ts.
 * No environment-specific imports.
 */
import { z } from 'zod';
import { CHANNELS, type ChannelName, type MethodName } from './channels';
import { ImportedCredentialSchema, OriginSchema } from './credential';
import { MessageSchema } from './i18n/spec';
import { VerificationStatusSchema } from './verification';
import type { Result } from './result';

/** A single file may be at most 16 MiB (the largest real sample is under 1 MiB). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Files per import request; the renderer sends larger selections in batches. */
export const MAX_FILES_PER_REQUEST = 100;

const base64 = z
  .string()
  .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const FilePayloadSchema = z.object({
  name: z.string().min(1).max(512),
  bytesBase64: base64,
});
export type FilePayload = z.infer<typeof FilePayloadSchema>;

const isoDate = z.iso.datetime({ offset: true });

export const ImportRequestSchema = z.object({
  files: z.array(FilePayloadSchema).min(1).max(MAX_FILES_PER_REQUEST),
  /** Only tests and re-verification set this; default is the current time. */
  now: isoDate.optional(),
  /**
   * Status-list credentials already in the wallet (the renderer owns storage, main keeps
   * nothing): a credential whose status list is among them gets a real status answer.
   */
  statusLists: z.array(FilePayloadSchema).max(1000).optional(),
  /**
   * Supporting documents already in the wallet (keys, issuer profiles, BadgeClasses,
   * revocation lists; supporting.ts): a credential that points to one of them is checked
   * with it, offline.
   */
  supporting: z.array(FilePayloadSchema).max(1000).optional(),
});
export const ImportResponseSchema = z.object({ items: z.array(ImportedCredentialSchema) });

export const BundleItemSchema = z.object({
  fileName: z.string().min(1).max(512),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytesBase64: base64,
  name: z.string().max(2000),
  issuer: z.string().max(2000).optional(),
  level: z.object({ framework: z.string().max(20), level: z.number().int().min(1).max(8).nullable() }).optional(),
  status: VerificationStatusSchema,
});
export type BundleItem = z.infer<typeof BundleItemSchema>;

export const ExportRequestSchema = z.object({
  items: z.array(BundleItemSchema).max(20000),
  /** The framework the map showed when the bundle was made ('jqf' | 'eqf'). */
  framework: z.enum(['jqf', 'eqf']),
  /** The progress map as an SVG picture, added to the bundle as map.svg. */
  mapSvg: z
    .string()
    .max(32 * 1024 * 1024)
    .optional(),
});
export const ExportResponseSchema = z.object({
  fileName: z.string(),
  /** Electron: where the bundle was written, or null when the learner cancelled. */
  savedTo: z.string().nullable(),
  /** Browser shell: the zip itself, for the renderer to download. */
  bytesBase64: z.string().optional(),
  count: z.number().int(),
});

export const AppInfoRequestSchema = z.object({}).strict();
export const AppInfoResponseSchema = z.object({
  shell: z.enum(['electron', 'browser']),
  version: z.string(),
});

/**
 * Why the renderer expects an import soon: the learner showed `intent` (files dragged over
 * the window, the file dialog opened, an import started), or the wallet opened `large`.
 */
export const PrepareImportReasonSchema = z.enum(['intent', 'large-wallet']);
export type PrepareImportReason = z.infer<typeof PrepareImportReasonSchema>;
export const PrepareImportRequestSchema = z.object({ reason: PrepareImportReasonSchema }).strict();
/** Where main's verification workers' practice is after the request (`unavailable`: no workers). */
export const PrepareImportResponseSchema = z.object({
  practice: z.enum(['idle', 'waiting', 'practising', 'done', 'stopped', 'unavailable']),
});

/**
 * Files the learner opened with the wallet from the desktop ("Open with Manabi Wallet", a
 * double-click, a second start with file names): each handed over once, then forgotten.
 * Files over MAX_FILE_BYTES are named, not read. `more`: ask again for the rest.
 */
export const OpenedFilesRequestSchema = z.object({}).strict();
export const OpenedFilesResponseSchema = z.object({
  files: z.array(FilePayloadSchema).max(MAX_FILES_PER_REQUEST),
  tooLarge: z.array(z.string().max(4096)).max(MAX_FILES_PER_REQUEST),
  more: z.boolean(),
});

/**
 * An archive (.zip) the learner dropped or chose: main opens it within the wallet's limits
 * (src-shared/limits.ts) and hands back each file in it, which the renderer then imports
 * like any other file, remembering the archive as where it came from (`origin`). An archive
 * inside the archive is opened one level deep. `skipped`: entries left out, each with why;
 * `problem`: why nothing could be taken out at all (a damaged or over-limit archive).
 */
export const OpenArchiveRequestSchema = z.object({ file: FilePayloadSchema }).strict();
export const ArchiveEntrySchema = OriginSchema.extend({ bytesBase64: base64 });
export type ArchiveEntry = z.infer<typeof ArchiveEntrySchema>;
export const OpenArchiveResponseSchema = z.object({
  entries: z.array(ArchiveEntrySchema),
  skipped: z.array(OriginSchema.extend({ problem: MessageSchema })),
  problem: MessageSchema.optional(),
});

export const CONTRACT = {
  [CHANNELS.importCredentials]: { request: ImportRequestSchema, response: ImportResponseSchema },
  [CHANNELS.verifyCredentials]: { request: ImportRequestSchema, response: ImportResponseSchema },
  [CHANNELS.exportBundle]: { request: ExportRequestSchema, response: ExportResponseSchema },
  [CHANNELS.appInfo]: { request: AppInfoRequestSchema, response: AppInfoResponseSchema },
  [CHANNELS.prepareImport]: { request: PrepareImportRequestSchema, response: PrepareImportResponseSchema },
  [CHANNELS.openedFiles]: { request: OpenedFilesRequestSchema, response: OpenedFilesResponseSchema },
  [CHANNELS.openArchive]: { request: OpenArchiveRequestSchema, response: OpenArchiveResponseSchema },
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof CONTRACT;
export type RequestOf<C extends ChannelName> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.infer<Contract[C]['response']>;

/** The renderer-facing API: one named function per channel. */
export type WalletApi = {
  [M in MethodName]: (request: RequestOf<(typeof CHANNELS)[M]>) => Promise<Result<ResponseOf<(typeof CHANNELS)[M]>>>;
};

/** Handlers a shell provides: the same services behind every transport. */
export type Handlers = {
  [C in ChannelName]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
};
