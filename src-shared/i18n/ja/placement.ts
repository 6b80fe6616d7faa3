/** Placement messages in Japanese (codes and parameters: ../codes/placement.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { PLACEMENT_MESSAGES } from '../codes/placement';

/** The achievement types that name a qualification (../../placement.ts places them). */
const TYPE: Readonly<Record<string, string>> = {
  AssociateDegree: '短期大学士・準学士',
  BachelorDegree: '学士',
  MasterDegree: '修士',
  DoctoralDegree: '博士',
  ResearchDoctorate: '博士（研究）',
  ProfessionalDoctorate: '専門職博士',
  SecondarySchoolDiploma: '高等学校卒業',
  GeneralEducationDevelopment: '高等学校卒業程度認定（GED）',
};

export const placement: GroupCatalogue<typeof PLACEMENT_MESSAGES> = {
  'placement.aligned_eqf_uri': '発行者が{framework}レベル{level}に対応付けています（{url}）。',
  'placement.aligned_framework_code':
    '発行者が{framework}レベル{level}に対応付けています（{targetFramework}、コード {code}）。',
  'placement.eqf_level_property': '資格情報に{framework}レベル{level}と記載されています（{value}）。',
  'placement.achievement_type': (p, f) =>
    `種類から配置しました: ${TYPE[p.type] ?? p.type}（${p.type} → ${p.framework}レベル${f.number(p.level)}）。`,
  'placement.achievement_type_without_level': '種類（{type}）からはレベルがわかりません。「未配置」で待機中です。',
  'placement.no_level_information': 'レベル情報がありません。「未配置」で待機中です。',
  'placement.via_correspondence': '公式ではない推定の対応により{framework}レベル{level}に置いています。',
};
