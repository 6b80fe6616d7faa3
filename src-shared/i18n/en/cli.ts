/** The command line's own words in English (codes and parameters: ../codes/cli.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CLI_MESSAGES } from '../codes/cli';

export const cli: GroupCatalogue<typeof CLI_MESSAGES> = {
  'cli.unplaced': 'Unplaced',
  'cli.level': 'Level {level} ({framework})',
  'cli.hours': '{hours} h',
  'cli.workload_unknown': 'workload unknown',
  'cli.level_line': 'level: {reason}',
  'cli.workload_line': 'workload: {assumption}',
  'cli.counts_toward': 'counts toward: {names}',
  'cli.counts_toward_none': 'counts toward: no bundled pathway',
  'cli.cannot_read': '{file}: cannot be read ({code}).',
  'cli.bad_framework': '--framework takes jqf or eqf (got {got}).',
  'cli.bad_lang': '--lang takes en or ja (got {got}).',
  'cli.bad_learner': '--learner needs one of your identifiers (a DID, an email …).',
  'cli.bad_now': '--now needs an ISO 8601 date-time (got {got}).',
  'cli.unknown_option': 'Unknown option {option}.',
  'cli.kind_credential': 'credential',
  'cli.kind_supporting': 'supporting document',
  'cli.kind_not_credential': 'not a credential',
};
