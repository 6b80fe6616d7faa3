/**
 * Access to the published sample credentials in ../shared/samples (read-only, byte-exact).
 * Tests must fail loudly, never skip, when the samples are missing.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SAMPLES_DIR = resolve(process.cwd(), '..', 'shared', 'samples');

export function samplePath(rel: string): string {
  const p = resolve(SAMPLES_DIR, rel);
  if (!existsSync(p)) throw new Error(`Sample file missing: ${p} (is ../shared beside the repository?)`);
  return p;
}

export function readSampleBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(samplePath(rel)));
}

export function readSampleJson(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(samplePath(rel), 'utf8')) as Record<string, unknown>;
}
