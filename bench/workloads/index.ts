import { bankSend } from './bank_send.js';
import type { Workload } from './types.js';

export const workloads: Record<string, Workload> = { [bankSend.name]: bankSend };
export type { Workload, WorkloadContext } from './types.js';
