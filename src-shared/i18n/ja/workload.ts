/** Workload messages in Japanese (codes and parameters: ../codes/workload.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { WORKLOAD_MESSAGES } from '../codes/workload';
import type { Formatters } from '../format';
import { durationNote, unitName } from '../names';

const range = (p: { rangeMin: number; rangeMax: number }, f: Formatters): string =>
  p.rangeMin === p.rangeMax ? '' : `（幅 ${f.number(p.rangeMin)}〜${f.number(p.rangeMax)}時間）`;

export const workload: GroupCatalogue<typeof WORKLOAD_MESSAGES> = {
  'workload.stated_hours': '発行者が学修時間を{hours}時間と記載しています。',
  'workload.iso_duration': '発行者が学修量を{duration}（{hours}時間）と記載しています。',
  'workload.iso_duration_converted': (p, f) =>
    `発行者の記載 ${p.duration} を約${f.number(p.hours)}時間と換算しました（仮定：${durationNote('ja')}）`,
  'workload.unit_stated': (p, f) =>
    `${f.number(p.credits)} ${unitName(p.unit, 'ja')}（資格情報に記載）× ${f.number(p.hoursPerCredit)}時間 ＝ 約${f.number(p.hours)}時間${range(p, f)}。`,
  'workload.unit_chosen_by_learner': (p, f) =>
    `${f.number(p.credits)}単位を、あなたが選んだ「${unitName(p.unit, 'ja')}」として ${f.number(p.hoursPerCredit)}時間で換算：約${f.number(p.hours)}時間${range(p, f)}。`,
  'workload.unit_from_country': (p, f) =>
    `単位の種類が書かれていないため、発行者の国（${p.country}）から「${unitName(p.unit, 'ja')}」と推定しました：${f.number(p.credits)}単位 × ${f.number(p.hoursPerCredit)}時間 ＝ 約${f.number(p.hours)}時間${range(p, f)}。変更できます。`,
  'workload.unit_unknown':
    '{credits}単位と記載されていますが、単位の種類がわからないため時間に換算できません。単位の種類を選んでください。',
};
