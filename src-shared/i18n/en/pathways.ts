/** Pathway messages in English (codes and parameters: ../codes/pathways.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { PATHWAY_MESSAGES } from '../codes/pathways';
import { unitName } from '../names';

const TYPE: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  object: 'an object ({…})',
  array: 'a list ([…])',
  boolean: 'true or false',
  undefined: 'nothing (the field is missing)',
  null: 'null',
};
const type = (t: string): string => TYPE[t] ?? t;
const at = (path: string): string => (path === '' ? '(the whole file)' : path);
const found = (p: { found: string; value: string }): string =>
  p.value === '' ? type(p.found) : `${type(p.found)} (${p.value})`;

export const pathways: GroupCatalogue<typeof PATHWAY_MESSAGES> = {
  'pathways.entry_label': 'Entry qualification at {framework} level {level} or higher',
  'pathways.entry_missing': (p, f) =>
    `Add a credential at ${p.framework} level ${f.number(p.level)} or higher${p.best > 0 ? ` (your highest so far: level ${f.number(p.best)})` : ''}.`,
  'pathways.credits_label': (p, f) =>
    `At least ${f.number(p.min)} credits earned${p.field !== '' ? ` in ${p.field}` : ''}${p.years > 0 ? ` over at least ${f.number(p.years)} year(s)` : ''}${p.unit !== '' ? ` (${unitName(p.unit, 'en')})` : ''}`,
  'pathways.credits_missing': (p, f) => {
    const out: string[] = [];
    // The credits part unless they are known to be enough (only the years are then missing).
    if (!(p.more <= 0))
      out.push(
        `${f.number(p.more)} more credits${p.field !== '' ? ` in ${p.field}` : ''} (${f.number(p.have)} of ${f.number(p.need)}${p.unit !== '' ? `, ${unitName(p.unit, 'en')}` : ''}).`,
      );
    if (p.yearsHave < p.yearsNeed)
      out.push(`Your counted credits span ${f.number(p.yearsHave)} of the ${f.number(p.yearsNeed)} years required.`);
    return out.join(' ');
  },
  'pathways.n_of_label': '{n} of: {list}',
  'pathways.n_of_missing': '{more} more of: {list}.',
  'pathways.hours_label': 'At least {min} hours of learning',
  'pathways.hours_missing': '{more} more hours of learning ({have} of {need}).',
  'pathways.derived_name': '{name}: all parts',
  'pathways.derived_description': 'Built from what the credentials say: {name} is made of {count} part(s) ({parts}).',
  'pathways.derived_label': 'All {count} parts of {name}',
  'pathways.file_not_json': 'The pathway file is not valid JSON: {detail}',
  'pathways.file_problem': 'The pathway file has a problem.',
  'pathways.file_more_problems': '({count} more.)',
  'pathways.issue_type': (p) => `${at(p.path)}: expected ${type(p.expected)}, but found ${found(p)}.`,
  'pathways.issue_too_few_items': (p, f) => `${at(p.path)}: needs at least ${f.number(p.min)} item(s).`,
  'pathways.issue_empty': (p) => `${at(p.path)}: must not be empty.`,
  'pathways.issue_at_least': (p, f) => `${at(p.path)}: must be at least ${f.number(p.min)}, but found ${found(p)}.`,
  'pathways.issue_more_than': (p, f) => `${at(p.path)}: must be more than ${f.number(p.min)}, but found ${found(p)}.`,
  'pathways.issue_too_many_items': (p, f) => `${at(p.path)}: allows at most ${f.number(p.max)} item(s).`,
  'pathways.issue_at_most': (p, f) => `${at(p.path)}: must be at most ${f.number(p.max)}, but found ${found(p)}.`,
  'pathways.issue_one_of': (p) => `${at(p.path)}: must be one of ${p.values}, but found ${found(p)}.`,
  'pathways.issue_unknown_fields': (p) => `${at(p.path)}: unknown field(s) ${p.keys} (check the spelling).`,
  'pathways.issue_format': (p) => `${at(p.path)}: has the wrong format (${p.detail}).`,
  'pathways.issue_requirement_id': (p) =>
    `${at(p.path)}: has the wrong format (letters, digits, ".", "_" or "-" (at most 64)).`,
  'pathways.issue_selector_empty': (p) => `${at(p.path)}: needs at least one of achievementId, name or type.`,
  'pathways.issue_duplicate_id': (p) => `${at(p.path)}: duplicate requirement id "${p.id}".`,
  'pathways.issue_n_too_big': (p, f) =>
    `${at(p.path)}: n (${f.number(p.n)}) is more than the ${f.number(p.count)} listed in "of".`,
  'pathways.issue_target_level': (p) => `${at(p.path)}: level and framework go together: give both or neither.`,
  'pathways.issue_other': (p) => `${at(p.path)}: ${p.detail}`,
};
