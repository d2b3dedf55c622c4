// A block's RPC `block_results` JSON, made from its packed results (results_wire.ts) on the database
// thread when the block is written: a client following the chain asks for it right after the commit.
// Each tx's result object is built in the RPC shape straight from the packed numbers and strings and
// serialized by JSON.stringify: byte for byte JSON.stringify(formatBlockResults(results)) (rpc/format.ts;
// tested in results_json.test.ts). V8's serializer is used rather than assembling the text by hand from
// escaped pieces, which is slower (BENCHMARKS.md).
import { toBase64 } from '../chain/codec/bytes.js';
import type { ResultsHead } from './results_record.js';
import { ATTRIBUTE, EVENT_HEAD, TX, type PackedTxResults } from './results_wire.js';

interface RpcAttribute {
  key: string;
  value: string;
  index: boolean;
}

interface RpcEvent {
  type: string;
  attributes: RpcAttribute[];
}

/** formatTxResult's shape (rpc/format.ts), keys in its order. */
interface RpcTxResult {
  code: number;
  data: string | null;
  log: string;
  info: string;
  gas_wanted: string;
  gas_used: string;
  events: RpcEvent[];
  codespace: string;
}

/** UTF-8 text appended piece by piece into one growing byte buffer (off the JS heap). */
class Utf8Sink {
  private buf: Buffer;
  private len = 0;

  constructor(capacity: number) {
    this.buf = Buffer.allocUnsafeSlow(Math.max(256, capacity));
  }

  write(s: string): void {
    const most = 3 * s.length; // UTF-8 bytes per UTF-16 code unit, at most
    if (this.len + most > this.buf.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, this.len + most));
      this.buf.copy(grown, 0, 0, this.len);
      this.buf = grown;
    }
    this.len += this.buf.write(s, this.len, 'utf8');
  }

  /** The text so far: a view of the buffer, which may be longer (copy it to move it to another thread). */
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.len);
  }
}

/** JSON bytes per packed number: a bank send's result is ~1.9 KB of JSON from ~100 numbers. Sizes the buffer once. */
const JSON_BYTES_PER_NUM = 20;

/**
 * The block_results JSON in UTF-8, as JSON.stringify(formatBlockResults(results)) would give it. Each tx
 * result is built and serialized on its own and its text appended to one buffer, so a block's thousands
 * of result objects never live at the same time (each dies young instead of surviving collections while
 * a whole tree is built), and the text is encoded once, here, not again for every request.
 */
export function blockResultsJson(head: ResultsHead, packed: PackedTxResults): Uint8Array {
  const { strings, nums } = packed;
  // The envelope, with the tx results spliced in where its empty array is: `{"height":"<digits>","txs_results":[`.
  const shell = JSON.stringify({
    height: String(head.height),
    txs_results: [],
    finalize_block_events: head.finalize_block_events,
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: toBase64(Buffer.from(head.app_hash, 'hex')),
  });
  const cut = shell.indexOf('"txs_results":[]') + '"txs_results":['.length;
  const out = new Utf8Sink(shell.length + JSON_BYTES_PER_NUM * nums.length);
  out.write(shell.slice(0, cut));
  let first = true;
  for (let o = 0; o < nums.length; ) {
    const data = strings[nums[o + TX.data]!]!;
    const tx: RpcTxResult = {
      code: nums[o + TX.code]!,
      data: data === '' ? null : data,
      log: strings[nums[o + TX.log]!]!,
      info: '',
      gas_wanted: String(nums[o + TX.gasWanted]),
      gas_used: String(nums[o + TX.gasUsed]),
      events: new Array<RpcEvent>(nums[o + TX.events]!),
      codespace: strings[nums[o + TX.codespace]!]!,
    };
    o += TX.head;
    for (let e = 0; e < tx.events.length; e++) {
      const attributes = new Array<RpcAttribute>(nums[o + 1]!);
      tx.events[e] = { type: strings[nums[o]!]!, attributes };
      o += EVENT_HEAD;
      for (let k = 0; k < attributes.length; k++, o += ATTRIBUTE) attributes[k] = { key: strings[nums[o]!]!, value: strings[nums[o + 1]!]!, index: nums[o + 2] === 1 };
    }
    out.write(first ? JSON.stringify(tx) : ',' + JSON.stringify(tx));
    first = false;
  }
  out.write(shell.slice(cut));
  return out.bytes();
}
