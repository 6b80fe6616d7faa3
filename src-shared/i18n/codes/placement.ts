/**
 * Message codes said by placement (see ../spec.ts for how codes, parameters and catalogues fit):
 * why a credential sits at its level, one code per rule of ../../placement.ts, and the note
 * added when a level was carried across the assumed JQF↔EQF correspondence. `framework` is
 * a framework's abbreviation; `type` an achievement type as the issuer wrote it (the
 * catalogues name the known ones).
 */
import type { MessageSpecGroup } from './kinds';

export const PLACEMENT_MESSAGES = {
  'placement.aligned_eqf_uri': { framework: 'text', level: 'number', url: 'text' },
  'placement.aligned_framework_code': { framework: 'text', level: 'number', targetFramework: 'text', code: 'text' },
  'placement.eqf_level_property': { framework: 'text', level: 'number', value: 'text' },
  'placement.achievement_type': { framework: 'text', level: 'number', type: 'text' },
  'placement.achievement_type_without_level': { type: 'text' },
  'placement.no_level_information': {},
  'placement.via_correspondence': { framework: 'text', level: 'number' },
} as const satisfies MessageSpecGroup;
