/**
 * Bridge channel names and the method each is exposed as on `window.wallet`.
 * Kept free of zod and every other import so the sandboxed preload can bundle it alone; it
 * must never import anything. A channel added here needs its schemas in bridge.ts.
 */
export const CHANNELS = {
  importCredentials: 'credentials:import',
  verifyCredentials: 'credentials:verify',
  exportBundle: 'bundle:export',
  appInfo: 'app:info',
  prepareImport: 'app:prepare-import',
  openedFiles: 'app:opened-files',
  openArchive: 'archive:open',
} as const;

/**
 * Events main sends the page. An event carries no data: the page then asks over the
 * channel of the same purpose, so everything it receives passes the one dispatch.
 */
export const EVENTS = {
  /** Files were opened with the wallet from the desktop; ask `openedFiles` for them. */
  filesOpened: 'app:files-opened',
} as const;

export type MethodName = keyof typeof CHANNELS;
export type ChannelName = (typeof CHANNELS)[MethodName];

export const CHANNEL_NAMES: readonly ChannelName[] = Object.values(CHANNELS);

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}
