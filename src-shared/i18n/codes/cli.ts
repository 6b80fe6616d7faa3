/**
 * Message codes of the command line's own words (see ../spec.ts): the lines `manabi verify`
 * and `manabi inspect` print around the shared messages, and what is wrong with a command.
 * The usage synopsis itself is command syntax and stays as written.
 */
import type { MessageSpecGroup } from './kinds';

export const CLI_MESSAGES = {
  'cli.unplaced': {},
  'cli.level': { level: 'number', framework: 'text' },
  'cli.hours': { hours: 'number' },
  'cli.workload_unknown': {},
  'cli.level_line': { reason: 'text' },
  'cli.workload_line': { assumption: 'text' },
  'cli.counts_toward': { names: 'text' },
  'cli.counts_toward_none': {},
  'cli.cannot_read': { file: 'text', code: 'text' },
  'cli.bad_framework': { got: 'text' },
  'cli.bad_lang': { got: 'text' },
  'cli.bad_learner': {},
  'cli.bad_now': { got: 'text' },
  'cli.unknown_option': { option: 'text' },
  // What an entry is, when it is not a credential.
  'cli.kind_credential': {},
  'cli.kind_supporting': {},
  'cli.kind_not_credential': {},
} as const satisfies MessageSpecGroup;
