/**
 * Message codes said by pathways (see ../spec.ts for how codes, parameters and catalogues
 * fit): the labels and missing texts the wallet writes for requirements a pathway file
 * leaves unlabelled, the pathways it derives from credentials, and what is wrong with a
 * pathway file. Optional parts travel as empty text (`field`, `unit`: a credit unit id) or
 * zero (`years`). In file problems, `path` is the place in the file (`requirements[1].min`),
 * `found` the kind of value found (`number`, `string`, `object`, `array`, `boolean`,
 * `undefined`, `null`) and `value` a short JSON rendering of it ('' for objects and lists).
 */
import type { MessageSpecGroup } from './kinds';

const AT = { path: 'text' } as const;
const FOUND = { path: 'text', found: 'text', value: 'text' } as const;

export const PATHWAY_MESSAGES = {
  'pathways.entry_label': { framework: 'text', level: 'number' },
  'pathways.entry_missing': { framework: 'text', level: 'number', best: 'number' },
  'pathways.credits_label': { min: 'number', field: 'text', years: 'number', unit: 'text' },
  'pathways.credits_missing': {
    more: 'number',
    have: 'number',
    need: 'number',
    field: 'text',
    unit: 'text',
    yearsHave: 'number',
    yearsNeed: 'number',
  },
  'pathways.n_of_label': { n: 'number', list: 'text' },
  'pathways.n_of_missing': { more: 'number', list: 'text' },
  'pathways.hours_label': { min: 'number' },
  'pathways.hours_missing': { more: 'number', have: 'number', need: 'number' },
  'pathways.derived_name': { name: 'text' },
  'pathways.derived_description': { name: 'text', count: 'number', parts: 'text' },
  'pathways.derived_label': { name: 'text', count: 'number' },
  'pathways.file_not_json': { detail: 'text' },
  'pathways.file_problem': {},
  'pathways.file_more_problems': { count: 'number' },
  'pathways.issue_type': { ...FOUND, expected: 'text' },
  'pathways.issue_too_few_items': { ...AT, min: 'number' },
  'pathways.issue_empty': AT,
  'pathways.issue_at_least': { ...FOUND, min: 'number' },
  'pathways.issue_more_than': { ...FOUND, min: 'number' },
  'pathways.issue_too_many_items': { ...AT, max: 'number' },
  'pathways.issue_at_most': { ...FOUND, max: 'number' },
  'pathways.issue_one_of': { ...FOUND, values: 'text' },
  'pathways.issue_unknown_fields': { ...AT, keys: 'text' },
  'pathways.issue_format': { ...AT, detail: 'text' },
  'pathways.issue_requirement_id': AT,
  'pathways.issue_selector_empty': AT,
  'pathways.issue_duplicate_id': { ...AT, id: 'text' },
  'pathways.issue_n_too_big': { ...AT, n: 'number', count: 'number' },
  'pathways.issue_target_level': AT,
  'pathways.issue_other': { ...AT, detail: 'text' },
} as const satisfies MessageSpecGroup;
