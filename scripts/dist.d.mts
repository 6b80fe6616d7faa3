// Types of dist.mjs for the TypeScript tests.
export declare const MISSING_ELECTRON_FOR_DIST_MESSAGE: string;
