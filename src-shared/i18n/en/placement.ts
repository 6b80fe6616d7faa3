/** Placement messages in English (codes and parameters: ../codes/placement.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { PLACEMENT_MESSAGES } from '../codes/placement';

/** The achievement types that name a qualification (../../placement.ts places them). */
const TYPE: Readonly<Record<string, string>> = {
  AssociateDegree: 'Associate degree',
  BachelorDegree: "Bachelor's degree",
  MasterDegree: "Master's degree",
  DoctoralDegree: 'Doctoral degree',
  ResearchDoctorate: 'Research doctorate',
  ProfessionalDoctorate: 'Professional doctorate',
  SecondarySchoolDiploma: 'Secondary school diploma',
  GeneralEducationDevelopment: 'General Educational Development (GED)',
};

export const placement: GroupCatalogue<typeof PLACEMENT_MESSAGES> = {
  'placement.aligned_eqf_uri': 'Issuer aligned it to {framework} level {level} ({url}).',
  'placement.aligned_framework_code':
    'Issuer aligned it to {framework} level {level} ({targetFramework}, code {code}).',
  'placement.eqf_level_property': 'The credential states {framework} level {level} ({value}).',
  'placement.achievement_type': (p, f) =>
    `Placed by its type: ${TYPE[p.type] ?? p.type} (${p.type} → ${p.framework} level ${f.number(p.level)}).`,
  'placement.achievement_type_without_level': 'Its type ({type}) does not say a level: waiting in Unplaced.',
  'placement.no_level_information': 'No level information: waiting in Unplaced.',
  'placement.via_correspondence':
    'Shown at {framework} level {level} by an assumed correspondence (there is no official JQF–EQF referencing).',
};
