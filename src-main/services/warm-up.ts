/**
 * Practice for a verification worker. A worker that has only loaded its libraries runs the
 * verification code in V8's interpreter, and compiles it for speed only as it goes: measured
 * on 2 cores, its first 1,000 credentials cost about twice the CPU of the next 1,000. So,
 * when an import is likely, each worker of a shell verifies a few built-in credentials
 * (resources/warm-up: Open Badges 3.0, one per Linked Data suite, signed by practice keys)
 * over and over, and throws the results away. Nothing is stored or fetched.
 *
 * An import is likely when the renderer says so (channel `app:prepare-import`): the learner
 * drags files over the window, opens the file dialog or starts an import (practice at once),
 * or the wallet opened large (practice after PRACTICE_DELAY_MS, so the map paints first).
 * Nothing else starts it: an idle start practises nothing. Practice stops as soon as real
 * work arrives (which then warms the worker anyway), so it never delays an import. The
 * command-line verifier does not practise.
 */
import ed25519Signature2020 from '../../resources/warm-up/ed25519-signature-2020.json' with { type: 'json' };
import eddsaRdfc2022 from '../../resources/warm-up/eddsa-rdfc-2022.json' with { type: 'json' };
import ecdsaP256 from '../../resources/warm-up/ecdsa-rdfc-2019-p256.json' with { type: 'json' };
import ecdsaP384 from '../../resources/warm-up/ecdsa-rdfc-2019-p384.json' with { type: 'json' };
import type { PrepareImportReason } from '../../src-shared/bridge';
import type { ImportedCredential } from '../../src-shared/credential';
import type { InputFile } from './import-service';

/** The practice credentials, as files. */
export function practiceFiles(): InputFile[] {
  const encoder = new TextEncoder();
  return Object.entries({ ed25519Signature2020, eddsaRdfc2022, ecdsaP256, ecdsaP384 }).map(([name, json]) => ({
    name: `practice-${name}.json`,
    bytes: encoder.encode(JSON.stringify(json)),
  }));
}

/** How long practice waits when the wallet opened large: the map paints first. */
export const PRACTICE_DELAY_MS = 1000;

/** When practice starts, after the renderer said why an import is likely. */
export function practiceDelayMs(reason: PrepareImportReason): number {
  return reason === 'intent' ? 0 : PRACTICE_DELAY_MS;
}
/**
 * Rounds over the practice files (4 credentials each). Measured with 2 workers on 2 cores,
 * 1,000 credentials verified right after the libraries loaded took 2.2–2.9 ms of CPU each;
 * after 100 rounds 1.3–1.4 ms, after 200 rounds 1.06 ms, after 250 rounds 1.1 ms (fully warm:
 * 1.0–1.2 ms). 200 rounds take each worker about 1.3 s of one core, at most once per start.
 */
export const PRACTICE_ROUNDS = 200;

export interface PracticeOptions {
  rounds?: number;
  /** True once real work has arrived: practice stops before its next credential. */
  busy(): boolean;
  verify(files: InputFile[]): Promise<ImportedCredential[]>;
}

/** Verify the practice files `rounds` times, one at a time, yielding in between. Returns how many were verified. */
export async function practise({ rounds = PRACTICE_ROUNDS, busy, verify }: PracticeOptions): Promise<number> {
  const files = practiceFiles();
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    for (const file of files) {
      // Let a message that has arrived be seen (and real work start) before going on.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (busy()) return done;
      await verify([file]);
      done += 1;
    }
  }
  return done;
}
