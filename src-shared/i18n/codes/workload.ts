/**
 * Message codes said by workload (see ../spec.ts for how codes, parameters and catalogues fit).
 * Each key is a code; its value names the parameters and their kinds.
 */
import type { MessageSpecGroup } from './kinds';

export const WORKLOAD_MESSAGES = {} as const satisfies MessageSpecGroup;
