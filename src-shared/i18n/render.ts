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
import type { Bilingual, Lang } from './lang';
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

function isMessageCode(code: unknown): code is MessageCode {
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

/** Several messages as one text (sentences joined by a space). */
export function messagesText(ms: readonly Message[], lang: Lang, options: RenderOptions = {}): string {
  return ms
    .map((m) => renderMessage(m, lang, options))
    .filter((s) => s !== '')
    .join(' ');
}

/**
 * What a learner reads where the wording is either the wallet's (a message) or data written
 * in both languages (a pathway file's names, a unit's definition): the one text for both.
 */
export type LocalText = Message | Bilingual;

export function localText(t: LocalText, lang: Lang, options: RenderOptions = {}): string {
  return 'code' in t ? renderMessage(t, lang, options) : t[lang];
}

/** A credential's name: the wallet's own words when it had to name it, else the name it carries. */
export function credentialNameText(
  n: { readonly name: string; readonly nameMessage?: Message | undefined },
  lang: Lang,
  options: RenderOptions = {},
): string {
  return n.nameMessage !== undefined ? renderMessage(n.nameMessage, lang, options) : n.name;
}

type UiCode = Extract<MessageCode, `ui.${string}`>;
/** A key of the app's own screen (`ui.<key>` without its prefix). */
export type UiKey = UiCode extends `ui.${infer K}` ? K : never;

/**
 * The app's own words for `key`, with parameters by name (numbers and dates formatted by
 * their kind). A parameter the wording does not name is ignored; one it names but is not
 * given stays as `{name}`.
 */
export function uiText(
  key: UiKey,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
  options: RenderOptions = {},
): string {
  return renderMessage({ code: `ui.${key}`, params } as unknown as Message, lang, options);
}
