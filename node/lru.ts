// A small least-recently-used map (recent blocks and results, parsed, for hot RPC reads).
/** Parsed blocks and results of recent heights, so hot RPC reads skip LevelDB and JSON.parse. */
export class Lru<V> {
  private readonly map = new Map<number, V>();
  constructor(private readonly max: number) {}
  get(k: number): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: number, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}
