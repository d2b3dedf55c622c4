// Deterministic gas meter with the Cosmos SDK's KV gas schedule (store/types/gas.go).
import { sdkErrors } from './errors.js';

export const GAS_SCHEDULE = {
  hasCost: 1000,
  deleteCost: 1000,
  readCostFlat: 1000,
  readCostPerByte: 3,
  writeCostFlat: 2000,
  writeCostPerByte: 30,
  iterNextCostFlat: 30,
  txSizeCostPerByte: 10,
  sigVerifyCostSecp256k1: 1000,
} as const;

/** Gas values are integers well below 2^53; plain numbers keep the hot path cheap. */
export class GasMeter {
  private used = 0;
  constructor(readonly limit: number) {}

  consume(amount: number, descriptor: string): void {
    this.used += amount;
    if (this.used > this.limit) {
      throw sdkErrors.OutOfGas(`out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.used}`);
    }
  }

  consumed(): number {
    return this.used;
  }

  /** Caps the reported figure at the limit after an out-of-gas failure. */
  consumedToLimit(): number {
    return Math.min(this.used, this.limit);
  }
}

export const INFINITE_GAS = Number.MAX_SAFE_INTEGER;
