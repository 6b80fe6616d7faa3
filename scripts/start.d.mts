// Types of start.mjs for the TypeScript tests.
export const MISSING_ELECTRON_MESSAGE: string;
export function electronBinary(packageDir?: string): string | null;
