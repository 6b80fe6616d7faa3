/**
 * Command-line arguments of the browser shell. Pure; never touches the network.
 * Default port 47800 keeps the browser's IndexedDB origin stable between runs.
 */
export const DEFAULT_PORT = 47800;

export function parsePort(argv: readonly string[]): number | string {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i === -1) return DEFAULT_PORT;
  const arg = argv[i] ?? '';
  const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < 0 || n > 65535)
    return `--port needs a number from 0 to 65535 (got ${raw ?? 'nothing'}).`;
  return n;
}
