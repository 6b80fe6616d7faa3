/**
 * The closed list of message codes and, for each, the parameters it takes and their kinds.
 * A message a learner reads is data until the last moment: `{code, params}` travels across
 * the bridge and into storage, and only the renderer (or the CLI) turns it into words in the
 * learner's language with a catalogue (`en/`, `ja/`).
 *
 * Codes are grouped by who says them (`codes/*.ts`: checks, import, placement, workload,
 * pathways, credential, ui, cli, limits, badges, ob2); add a code in its group, then TypeScript asks for its wording in every catalogue.
 * Parameter kinds: `text` (shown as given), `number` and `date`/`datetime` (formatted with
 * `Intl` in the learner's language; dates travel as ISO strings). Must never import anything
 * environment-specific.
 */
import { z } from 'zod';
import { CHECK_MESSAGES } from './codes/checks';
import { IMPORT_MESSAGES } from './codes/import';
import { PLACEMENT_MESSAGES } from './codes/placement';
import { WORKLOAD_MESSAGES } from './codes/workload';
import { PATHWAY_MESSAGES } from './codes/pathways';
import { CREDENTIAL_MESSAGES } from './codes/credential';
import { UI_MESSAGES } from './codes/ui';
import { CLI_MESSAGES } from './codes/cli';
import { LIMIT_MESSAGES } from './codes/limits';
import { BADGE_MESSAGES } from './codes/badges';
import { OB2_MESSAGES } from './codes/ob2';
import type { MessageSpecGroup, ParamKind } from './codes/kinds';

export type { ParamKind, MessageSpecGroup };

export const MESSAGE_SPEC = {
  ...CHECK_MESSAGES,
  ...IMPORT_MESSAGES,
  ...PLACEMENT_MESSAGES,
  ...WORKLOAD_MESSAGES,
  ...PATHWAY_MESSAGES,
  ...CREDENTIAL_MESSAGES,
  ...UI_MESSAGES,
  ...CLI_MESSAGES,
  ...LIMIT_MESSAGES,
  ...BADGE_MESSAGES,
  ...OB2_MESSAGES,
} as const satisfies MessageSpecGroup;

export type MessageSpec = typeof MESSAGE_SPEC;
export type MessageCode = keyof MessageSpec;

type ValueOf<K> = K extends 'number' ? number : string;

/** The parameters of one code, typed from its spec (`{}` for a code without parameters). */
export type ParamsOf<C extends MessageCode> = { readonly [P in keyof MessageSpec[C]]: ValueOf<MessageSpec[C][P]> };

/** A message as data: what src-main and src-shared say to a learner. */
export type Message<C extends MessageCode = MessageCode> = C extends MessageCode
  ? keyof MessageSpec[C] extends never
    ? { readonly code: C; readonly params?: ParamsOf<C> }
    : { readonly code: C; readonly params: ParamsOf<C> }
  : never;

/** Build a message with its parameters checked by the type checker. */
export function msg<C extends MessageCode>(
  code: C,
  ...params: keyof MessageSpec[C] extends never ? [] : [ParamsOf<C>]
): Message<C> {
  return (params.length === 0 ? { code } : { code, params: params[0] }) as Message<C>;
}

export const MESSAGE_CODES = Object.keys(MESSAGE_SPEC) as [MessageCode, ...MessageCode[]];

const ParamValueSchema = z.union([z.string().max(100_000), z.number()]);

/**
 * A message as it crosses the bridge or comes out of storage: a known code, and for each
 * parameter its spec names a value of the right kind. Unknown parameters are dropped.
 */
export const MessageSchema = z
  .object({ code: z.enum(MESSAGE_CODES), params: z.record(z.string(), ParamValueSchema).optional() })
  .superRefine((m, ctx) => {
    const spec: Readonly<Record<string, ParamKind>> = MESSAGE_SPEC[m.code];
    for (const [name, kind] of Object.entries(spec)) {
      const v = m.params?.[name];
      if (v === undefined || (kind === 'number') !== (typeof v === 'number'))
        ctx.addIssue({ code: 'custom', path: ['params', name], message: `needs a ${kind}` });
    }
  })
  .transform((m) => m as unknown as Message);
