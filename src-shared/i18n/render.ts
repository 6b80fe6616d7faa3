/**
 * Turns messages into words in the learner's language. Owns the only path from a `{code,
 * params}` message to text, and the rule for text stored by earlier versions (an English
 * sentence is shown only where no code is known). Returns plain text, never markup; must
 * never import anything environment-specific.
 */
import type { Catalogue } from './catalogue';
import { en } from './en';
import { formatters, type Formatters } from './format';
import { ja } from './ja';
import type { Lang } from './lang';
import { MESSAGE_SPEC, type Message, type MessageCode } from './spec';
import type { ParamKind } from './codes/kinds';

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, ja };

export interface RenderOptions {
  /** For tests and the CLI: the time zone dates are shown in (default: the system's). */
  readonly timeZone?: string;
}

function formatParam(kind: ParamKind | undefined, v: string | number | undefined, f: Formatters): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return f.number(v);
  if (kind === 'date') return f.date(v);
  if (kind === 'datetime') return f.dateTime(v);
  return v;
}

/** The words of one message in one language. */
export function renderMessage(m: Message, lang: Lang, options: RenderOptions = {}): string {
  const f = formatters(lang, options.timeZone);
  const wording = CATALOGUES[lang][m.code] as string | ((p: unknown, f: Formatters) => string);
  const params = (m.params ?? {}) as Readonly<Record<string, string | number>>;
  if (typeof wording === 'function') return wording(params, f);
  const spec: Readonly<Record<string, ParamKind>> = MESSAGE_SPEC[m.code];
  return wording.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(spec[name], params[name], f) : whole,
  );
}

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_SPEC, code);
}

/**
 * Text of a message that may come from an earlier version's record: a message is rendered;
 * a plain string (English, stored before messages had codes) is shown as it is, unless
 * `fallbackCode` names a known code, whose general wording is then used instead.
 */
export function messageText(
  m: Message | string | undefined,
  lang: Lang,
  fallbackCode?: string,
  options: RenderOptions = {},
): string {
  if (m !== undefined && typeof m !== 'string') return renderMessage(m, lang, options);
  if (fallbackCode !== undefined && isMessageCode(fallbackCode) && Object.keys(MESSAGE_SPEC[fallbackCode]).length === 0)
    return renderMessage({ code: fallbackCode } as Message, lang, options);
  return m ?? '';
}

/** A check's reason in the learner's language (records stored before: by its code, else their English text). */
export function checkText(
  check: { readonly code?: string; readonly message: Message | string },
  lang: Lang,
  options: RenderOptions = {},
): string {
  return messageText(check.message, lang, check.code === undefined ? undefined : `check.${check.code}`, options);
}
