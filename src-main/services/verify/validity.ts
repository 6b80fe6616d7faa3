/**
 * The validity-period check every format shares: start dates (validFrom, issuanceDate, a
 * JWT's nbf) must not lie in the future, end dates (validUntil, expirationDate, exp) not in the
 * past, each with CLOCK_SKEW_SECONDS of tolerance; a date that cannot be read fails. Dates are
 * XSD date-times (a zone-less one is read as UTC). Pure: `now` is always given.
 */
import { CLOCK_SKEW_SECONDS, type CheckResult } from '../../../src-shared/verification';
import { msg } from '../../../src-shared/i18n/spec';
import { check } from './check';

const XSD_DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = XSD_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  // A date-time without a zone is read as UTC rather than the verifier's local time.
  const d = new Date(m[8] ? value.trim() : `${value.trim()}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export type NamedDate = readonly [name: string, value: unknown];

/** The validity-period check over named start and end dates. Any start in the future or end in the past fails. */
export function validityCheckOfDates(starts: readonly NamedDate[], ends: readonly NamedDate[], now: Date): CheckResult {
  const skewMs = CLOCK_SKEW_SECONDS * 1000;
  const present = [...starts, ...ends].filter(([, v]) => v !== undefined);
  if (present.length === 0)
    return check('validity_period', 'pass', 'no_validity_dates', msg('check.no_validity_dates'));
  for (const [name, v] of present) {
    if (!parseDateTime(v)) {
      return check(
        'validity_period',
        'fail',
        'invalid_date',
        msg('check.invalid_date_field', { field: name }),
        typeof v === 'string' ? v : JSON.stringify(v),
      );
    }
  }
  for (const [name, v] of starts) {
    const d = parseDateTime(v);
    if (d && d.getTime() > now.getTime() + skewMs) {
      return check(
        'validity_period',
        'fail',
        'not_yet_valid',
        msg('check.not_yet_valid_until', { date: d.toISOString() }),
        `${name} ${String(v)}`,
      );
    }
  }
  for (const [name, v] of ends) {
    const d = parseDateTime(v);
    if (d && d.getTime() < now.getTime() - skewMs) {
      return check(
        'validity_period',
        'fail',
        'expired',
        msg('check.expired_on', { date: d.toISOString() }),
        `${name} ${String(v)}`,
      );
    }
  }
  const end = ends.map(([, v]) => parseDateTime(v)).find((d) => d !== undefined);
  return check(
    'validity_period',
    'pass',
    'within_validity_period',
    end ? msg('check.valid_until', { date: end.toISOString() }) : msg('check.valid_no_expiry'),
  );
}

/** The validity period of a credential or presentation document (VC 2.0 and VC 1.1 names). */
export function documentValidityCheck(doc: Record<string, unknown>, now: Date): CheckResult {
  return validityCheckOfDates(
    [
      ['validFrom', doc['validFrom']],
      ['issuanceDate', doc['issuanceDate']],
    ],
    [
      ['validUntil', doc['validUntil']],
      ['expirationDate', doc['expirationDate']],
    ],
    now,
  );
}

/** Whether a document states any validity date (a presentation is checked only then). */
export function statesValidityDates(doc: Record<string, unknown>): boolean {
  return ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate'].some((k) => doc[k] !== undefined);
}
