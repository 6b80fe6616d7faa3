/** Workload messages in English (codes and parameters: ../codes/workload.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { WORKLOAD_MESSAGES } from '../codes/workload';
import type { Formatters } from '../format';
import { durationNote, unitName } from '../names';

const range = (p: { rangeMin: number; rangeMax: number }, f: Formatters): string =>
  p.rangeMin === p.rangeMax ? '' : ` (range ${f.number(p.rangeMin)}–${f.number(p.rangeMax)} h)`;

export const workload: GroupCatalogue<typeof WORKLOAD_MESSAGES> = {
  'workload.stated_hours': 'The issuer states {hours} hours of learning.',
  'workload.iso_duration': 'The issuer states a volume of learning of {duration} ({hours} hours).',
  'workload.iso_duration_converted': (p, f) =>
    `The issuer states ${p.duration}, read as about ${f.number(p.hours)} hours (assumption: ${durationNote('en')})`,
  'workload.unit_stated': (p, f) =>
    `${f.number(p.credits)} ${unitName(p.unit, 'en')} (stated by the credential) × ${f.number(p.hoursPerCredit)} h = about ${f.number(p.hours)} hours${range(p, f)}.`,
  'workload.unit_chosen_by_learner': (p, f) =>
    `${f.number(p.credits)} credits, read as ${unitName(p.unit, 'en')} as you chose, × ${f.number(p.hoursPerCredit)} h = about ${f.number(p.hours)} hours${range(p, f)}.`,
  'workload.unit_from_country': (p, f) =>
    `The credential does not say which credits: guessed ${unitName(p.unit, 'en')} from the issuer's country (${p.country}). ${f.number(p.credits)} × ${f.number(p.hoursPerCredit)} h = about ${f.number(p.hours)} hours${range(p, f)}. You can change this.`,
  'workload.unit_unknown':
    'It states {credits} credits but not which kind, so the hours are unknown. Choose the credit unit to convert them.',
};
