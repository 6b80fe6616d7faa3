// Types of electronegativity.mjs for the TypeScript tests.
/** A scanner finding, as far as the wallet reads it. */
export interface EngFinding {
  readonly id: string;
  readonly severity?: { readonly name: string };
  readonly visibility?: { readonly inlineDisabled?: boolean };
}
export declare function blockingFindings<T extends EngFinding>(issues: readonly T[]): T[];
export declare function scan(input: string, electronVersion: string): Promise<{ issues: EngFinding[] }>;
