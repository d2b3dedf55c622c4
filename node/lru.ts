// A small least-recently-used map (recent blocks and results, parsed, for hot RPC reads), bounded by
// entry count and by a total weight (a block's tx count), so a few large blocks cannot hold the heap.
/** Parsed blocks and results of recent heights, so hot RPC reads skip LevelDB and JSON.parse. */
export class Lru<V> {
  private readonly map = new Map<number, { v: V; w: number }>();
  private weight = 0;
  /** `maxWeight`: the newest entry is always kept, older ones go while the total is above it. */
  constructor(
    private readonly max: number,
    private readonly maxWeight = Infinity,
    private readonly weigh: (v: V) => number = () => 1,
  ) {}
  get(k: number): V | undefined {
    const e = this.map.get(k);
    if (e !== undefined) {
      this.map.delete(k);
      this.map.set(k, e);
    }
    return e?.v;
  }
  set(k: number, v: V): void {
    this.delete(k);
    const w = this.weigh(v);
    this.map.set(k, { v, w });
    this.weight += w;
    while (this.map.size > 1 && (this.map.size > this.max || this.weight > this.maxWeight)) this.delete(this.map.keys().next().value!);
  }
  get size(): number {
    return this.map.size;
  }
  private delete(k: number): void {
    const e = this.map.get(k);
    if (e === undefined) return;
    this.map.delete(k);
    this.weight -= e.w;
  }
}
