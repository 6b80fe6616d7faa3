/** Badge image and archive messages in English (codes and parameters: ../codes/badges.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { BADGE_MESSAGES } from '../codes/badges';

export const badges: GroupCatalogue<typeof BADGE_MESSAGES> = {
  'badges.no_badge_inside': 'This image has no badge inside: it is a picture, not a credential.',
};
