/** import messages in English (codes and parameters: ../codes/import.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { IMPORT_MESSAGES } from '../codes/import';

export const importMessages: GroupCatalogue<typeof IMPORT_MESSAGES> = {};
