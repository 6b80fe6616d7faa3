/** pathways messages in English (codes and parameters: ../codes/pathways.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { PATHWAY_MESSAGES } from '../codes/pathways';

export const pathways: GroupCatalogue<typeof PATHWAY_MESSAGES> = {};
