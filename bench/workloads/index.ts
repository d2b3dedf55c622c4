import { bankSend } from './bank_send.js';
import { mixed } from './mixed.js';
import { rss } from './rss.js';
import type { Workload } from './types.js';

export const workloads: Record<string, Workload> = { [bankSend.name]: bankSend, [mixed.name]: mixed, [rss.name]: rss };
export type { Workload, WorkloadContext } from './types.js';
