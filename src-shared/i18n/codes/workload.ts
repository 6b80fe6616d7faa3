/**
 * Message codes said by workload (see ../spec.ts for how codes, parameters and catalogues
 * fit): how many hours a credential stands for and what was assumed, one code per
 * assumption of ../../workload.ts. `unit` is a workload unit id (its name is data, in
 * ../../data/workload-units.json); `rangeMin`/`rangeMax` equal `hours` when the unit has no range.
 */
import type { MessageSpecGroup } from './kinds';

const CREDIT = {
  credits: 'number',
  unit: 'text',
  hoursPerCredit: 'number',
  hours: 'number',
  rangeMin: 'number',
  rangeMax: 'number',
} as const;

export const WORKLOAD_MESSAGES = {
  'workload.stated_hours': { hours: 'number' },
  'workload.iso_duration': { duration: 'text', hours: 'number' },
  'workload.iso_duration_converted': { duration: 'text', hours: 'number' },
  'workload.unit_stated': CREDIT,
  'workload.unit_chosen_by_learner': CREDIT,
  'workload.unit_from_country': { ...CREDIT, country: 'text' },
  'workload.unit_unknown': { credits: 'number' },
} as const satisfies MessageSpecGroup;
