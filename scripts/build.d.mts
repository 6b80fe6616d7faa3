// Types of build.mjs for the TypeScript callers (tests, bench).
export function buildIfNeeded(options?: { force?: boolean; quiet?: boolean }): number;
