/** workload messages in English (codes and parameters: ../codes/workload.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { WORKLOAD_MESSAGES } from '../codes/workload';

export const workload: GroupCatalogue<typeof WORKLOAD_MESSAGES> = {};
