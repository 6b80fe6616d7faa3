/** placement messages in English (codes and parameters: ../codes/placement.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { PLACEMENT_MESSAGES } from '../codes/placement';

export const placement: GroupCatalogue<typeof PLACEMENT_MESSAGES> = {};
