/** Pathway messages in Japanese (codes and parameters: ../codes/pathways.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { PATHWAY_MESSAGES } from '../codes/pathways';
import { unitName } from '../names';

const TYPE: Readonly<Record<string, string>> = {
  number: '数値',
  string: '文字列',
  object: 'オブジェクト（{…}）',
  array: 'リスト（[…]）',
  boolean: 'true または false',
  undefined: '何もない（項目がありません）',
  null: 'null',
};
const type = (t: string): string => TYPE[t] ?? t;
const at = (path: string): string => (path === '' ? '（ファイル全体）' : path);
const found = (p: { found: string; value: string }): string =>
  p.value === '' ? type(p.found) : `${type(p.found)}（${p.value}）`;

export const pathways: GroupCatalogue<typeof PATHWAY_MESSAGES> = {
  'pathways.entry_label': '{framework}レベル{level}以上の基礎資格',
  'pathways.entry_missing': (p, f) =>
    `${p.framework}レベル${f.number(p.level)}以上の資格情報を追加してください${p.best > 0 ? `（現在の最高：レベル${f.number(p.best)}）` : ''}。`,
  'pathways.credits_label': (p, f) =>
    `${p.field !== '' ? `「${p.field}」分野で` : ''}${p.years > 0 ? `${f.number(p.years)}年以上にわたり` : ''}${f.number(p.min)}単位以上を修得${p.unit !== '' ? `（${unitName(p.unit, 'ja')}）` : ''}`,
  'pathways.credits_missing': (p, f) => {
    let out = '';
    // The credits part unless they are known to be enough (only the years are then missing).
    if (!(p.more <= 0))
      out += `${p.field !== '' ? `「${p.field}」分野で` : ''}あと${f.number(p.more)}単位（${f.number(p.have)}／${f.number(p.need)}${p.unit !== '' ? `、${unitName(p.unit, 'ja')}` : ''}）。`;
    if (p.yearsHave < p.yearsNeed)
      out += `数えた単位の期間は${f.number(p.yearsHave)}年で、${f.number(p.yearsNeed)}年以上が必要です。`;
    return out;
  },
  'pathways.n_of_label': '次のうち{n}件：{list}',
  'pathways.n_of_missing': '次のうちあと{more}件：{list}。',
  'pathways.hours_label': '{min}時間以上の学修',
  'pathways.hours_missing': 'あと{more}時間の学修（{have}／{need}時間）。',
  'pathways.derived_name': '{name}：すべての構成要素',
  'pathways.derived_description': '資格情報の記載から作成：{name} は {count} 個の構成要素（{parts}）からなります。',
  'pathways.derived_label': '{name} の {count} 個の構成要素すべて',
  'pathways.file_not_json': '経路ファイルが正しいJSONではありません：{detail}',
  'pathways.file_problem': '経路ファイルに問題があります。',
  'pathways.file_more_problems': 'ほか{count}件。',
  'pathways.issue_type': (p) => `${at(p.path)}：${type(p.expected)}が必要ですが、${found(p)}です。`,
  'pathways.issue_too_few_items': (p, f) => `${at(p.path)}：${f.number(p.min)}個以上の項目が必要です。`,
  'pathways.issue_empty': (p) => `${at(p.path)}：空にできません。`,
  'pathways.issue_at_least': (p, f) => `${at(p.path)}：${f.number(p.min)}以上の数値が必要ですが、${found(p)}です。`,
  'pathways.issue_more_than': (p, f) =>
    `${at(p.path)}：${f.number(p.min)}より大きい数値が必要ですが、${found(p)}です。`,
  'pathways.issue_too_many_items': (p, f) => `${at(p.path)}：項目は${f.number(p.max)}個までです。`,
  'pathways.issue_at_most': (p, f) => `${at(p.path)}：${f.number(p.max)}以下でなければなりませんが、${found(p)}です。`,
  'pathways.issue_one_of': (p) => `${at(p.path)}：次のいずれかが必要です：${p.values}（${found(p)}）。`,
  'pathways.issue_unknown_fields': (p) => `${at(p.path)}：不明な項目があります：${p.keys}（綴りを確認してください）。`,
  'pathways.issue_format': (p) => `${at(p.path)}：形式が正しくありません（${p.detail}）。`,
  'pathways.issue_requirement_id': (p) =>
    `${at(p.path)}：形式が正しくありません（英数字と「.」「_」「-」のみ、64文字まで）。`,
  'pathways.issue_selector_empty': (p) => `${at(p.path)}：achievementId、name、type のいずれかが必要です。`,
  'pathways.issue_duplicate_id': (p) => `${at(p.path)}：要件の id「${p.id}」が重複しています。`,
  'pathways.issue_n_too_big': (p, f) =>
    `${at(p.path)}：n（${f.number(p.n)}）が「of」に挙げた${f.number(p.count)}件より多くなっています。`,
  'pathways.issue_target_level': (p) => `${at(p.path)}：level と framework は両方書くか、両方省いてください。`,
  'pathways.issue_other': (p) => `${at(p.path)}：${p.detail}`,
};
