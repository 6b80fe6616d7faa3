/**
 * The words of one stored credential in the learner's language: its name (the wallet's own
 * words when it had to name it), each check's reason, why its file could not be read, and
 * its dates. Works on records of every stored shape: a check's or file's English text stored
 * by an earlier version is shown only where no code is known (its code's general wording
 * wins). Pure: no DOM, no storage, no bridge; dates only through `Intl` (never an ISO
 * timestamp on screen).
 */
import type { NormalizedCredential } from '../../src-shared/credential';
import {
  checkText,
  credentialNameText,
  formatters,
  messageText,
  type Lang,
  type Message,
  type RenderOptions,
} from '../../src-shared/i18n';
import type { CheckResult } from '../../src-shared/verification';

type Checks = readonly Pick<CheckResult, 'id' | 'outcome' | 'code' | 'message'>[];

export function credentialName(n: Pick<NormalizedCredential, 'name' | 'nameMessage'>, lang: Lang): string {
  return credentialNameText(n, lang);
}

/** A check's reason. */
export function checkReason(c: Pick<CheckResult, 'code' | 'message'>, lang: Lang, options?: RenderOptions): string {
  return checkText(c, lang, options);
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w:-])/g;

/**
 * A check's detail (a property name, a URL, a key, a date the issuer wrote) with every
 * ISO 8601 date in it shown through Intl in the learner's language; the rest as given.
 */
export function checkDetail(detail: string, lang: Lang, options: RenderOptions = {}): string {
  const f = formatters(lang, options.timeZone);
  return detail.replace(ISO_DATE, (iso) => (iso.includes('T') ? f.dateTime(iso) : f.date(iso)));
}

/** The check a marker names beside a credential that is not verified: the first failure, else a caveat that matters. */
export function firstFailure<C extends Checks[number]>(checks: readonly C[]): C | undefined {
  return (
    checks.find((c) => c.outcome === 'fail') ??
    checks.find(
      (c) => c.outcome === 'not_checked' && (c.id === 'proof' || c.id === 'issuer_binding' || c.id === 'format'),
    )
  );
}

/**
 * Why a file could not be read. A message is rendered. English text stored by an earlier
 * version is the reason of the check that said it, so where that check's code is known its
 * general wording is shown instead.
 */
export function problemText(
  rec: { readonly problem?: Message | string | undefined; readonly verification: { readonly checks: Checks } },
  lang: Lang,
  options?: RenderOptions,
): string {
  const p = rec.problem;
  if (p === undefined) return '';
  if (typeof p !== 'string') return messageText(p, lang, undefined, options);
  const said = rec.verification.checks.find((c) => c.message === p && c.code !== undefined);
  return messageText(p, lang, said?.code === undefined ? undefined : `check.${said.code}`, options);
}

export interface CredentialDates {
  readonly issued?: string;
  readonly validUntil?: string;
  readonly added: string;
  readonly checked: string;
}

/** A credential's dates for the learner: issued and valid until as dates, added and last checked with the time. */
export function credentialDates(
  rec: {
    readonly importedAt: string;
    readonly normalized: Pick<NormalizedCredential, 'issuedOn' | 'validUntil'>;
    readonly verification: { readonly checkedAt: string };
  },
  lang: Lang,
  options: RenderOptions = {},
): CredentialDates {
  const f = formatters(lang, options.timeZone);
  const n = rec.normalized;
  return {
    ...(n.issuedOn !== undefined ? { issued: f.date(n.issuedOn) } : {}),
    ...(n.validUntil !== undefined ? { validUntil: f.date(n.validUntil) } : {}),
    added: f.dateTime(rec.importedAt),
    checked: f.dateTime(rec.verification.checkedAt),
  };
}

/** The issue date of a credential as a date in the learner's language; null when it states none. */
export function issuedOnText(
  n: Pick<NormalizedCredential, 'issuedOn'>,
  lang: Lang,
  options: RenderOptions = {},
): string | null {
  return n.issuedOn === undefined ? null : formatters(lang, options.timeZone).date(n.issuedOn);
}
