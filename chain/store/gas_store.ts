// Charges gas for every access, with the SDK's KV gas schedule; wraps a tx's store.
import { GAS_SCHEDULE, type GasMeter } from '../gas.js';
import type { IterateOpts, KVStore } from './kv.js';

export class GasStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    this.meter.consume(GAS_SCHEDULE.readCostFlat, 'ReadFlat');
    const v = this.parent.get(key);
    this.meter.consume(GAS_SCHEDULE.readCostPerByte * (key.length + (v?.length ?? 0)), 'ReadPerByte');
    return v;
  }

  has(key: Uint8Array): boolean {
    this.meter.consume(GAS_SCHEDULE.hasCost, 'Has');
    return this.parent.has(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.meter.consume(GAS_SCHEDULE.writeCostFlat, 'WriteFlat');
    this.meter.consume(GAS_SCHEDULE.writeCostPerByte * (key.length + value.length), 'WritePerByte');
    this.parent.set(key, value);
  }

  delete(key: Uint8Array): void {
    this.meter.consume(GAS_SCHEDULE.deleteCost, 'Delete');
    this.parent.delete(key);
  }

  *iterate(prefix: Uint8Array, opts?: IterateOpts): IterableIterator<[Uint8Array, Uint8Array]> {
    for (const [k, v] of this.parent.iterate(prefix, opts)) {
      this.meter.consume(GAS_SCHEDULE.iterNextCostFlat, 'IterNextFlat');
      this.meter.consume(GAS_SCHEDULE.readCostPerByte * (k.length + v.length), 'ValuePerByte');
      yield [k, v];
    }
  }
}

/** Read-only view for queries: writes throw. */
export class ReadOnlyStore implements KVStore {
  constructor(private readonly parent: KVStore) {}
  get(key: Uint8Array) {
    return this.parent.get(key);
  }
  has(key: Uint8Array) {
    return this.parent.has(key);
  }
  set(): void {
    throw new Error('store is read-only');
  }
  delete(): void {
    throw new Error('store is read-only');
  }
  iterate(prefix: Uint8Array, opts?: IterateOpts) {
    return this.parent.iterate(prefix, opts);
  }
}
