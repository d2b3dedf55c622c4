// amm params: who may create pools and change pool params, and where the orphan fee share goes.
import { moduleAddress, toBech32 } from '../../chain/crypto.js';

export interface Params {
  authority: string;
  treasury: string;
}

export const DEFAULT_AUTHORITY = toBech32(moduleAddress('gov'));
export const DEFAULT_TREASURY = toBech32(moduleAddress('amm_treasury'));
