/**
 * Reading the errors of jsonld.js and jsonld-signatures: which term JSON-LD safe mode
 * refused (a ValidationError carrying the JSON-LD event, possibly wrapped as a cause), and the
 * plain text of any error for a check's detail. Total: never throws, whatever it is given.
 */
import { isRecord } from '../../../src-shared/json';

export interface TermProblem {
  term: string;
  /** jsonld.js's event code ('invalid property', 'relative @type reference', …). */
  kind: string;
}

/** The term a jsonld.js safe-mode error names, or undefined when the error is not one. */
export function safeModeProblem(error: unknown): TermProblem | undefined {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (isRecord(e) && !seen.has(e)) {
    seen.add(e);
    if (e['name'] === 'jsonld.ValidationError') {
      const details = isRecord(e['details']) ? e['details'] : {};
      const event = isRecord(details['event']) ? details['event'] : {};
      const eventDetails = isRecord(event['details']) ? event['details'] : {};
      const kind = typeof event['code'] === 'string' ? event['code'] : 'undefined term';
      for (const key of ['property', 'type', 'id', 'subject', 'predicate', 'value']) {
        const v = eventDetails[key];
        if (typeof v === 'string') return { term: v, kind };
      }
      return { term: JSON.stringify(eventDetails).slice(0, 200), kind };
    }
    e = e['cause'] ?? (isRecord(e['details']) ? e['details']['cause'] : undefined);
  }
  return undefined;
}

/** The text of an error (or of several), for a detail. */
export function messageOf(error: unknown): string {
  if (Array.isArray(error)) return error.map(messageOf).join('; ');
  if (error instanceof Error) return error.message;
  if (isRecord(error) && typeof error['message'] === 'string') return error['message'];
  return String(error);
}
