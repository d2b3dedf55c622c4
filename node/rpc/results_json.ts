// The RPC JSON of tx results, made from their packed form (results_layout.ts) where the records are
// (the database thread): `block_results` (of the newest block when it is written: a client following
// the chain asks for it right after the commit) and the txs of `tx` and `tx_search`. Each tx's result
// object is built in the RPC shape (ExecTxResult as gogo jsonpb with EmitDefaults) straight from the
// packed numbers and strings, by txResultAt alone, and serialized by JSON.stringify: V8's serializer
// rather than text assembled by hand from escaped pieces, which is slower.
import { fromBase64, toBase64, toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { ATTRIBUTE, EVENT_HEAD, skipTx, TX, type PackedTxResults, type ResultsHead } from '../results_layout.js';

interface RpcAttribute {
  key: string;
  value: string;
  index: boolean;
}

interface RpcEvent {
  type: string;
  attributes: RpcAttribute[];
}

/** ExecTxResult's JSON, keys in CometBFT's order (int64 as strings, code as a number). */
export interface RpcTxResult {
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

/** The result of a tx that was not executed (broadcast_tx_commit's answer when CheckTx refused it). */
export const NO_TX_RESULT: RpcTxResult = { code: 0, data: null, log: '', info: '', gas_wanted: '0', gas_used: '0', events: [], codespace: '' };

/** The RPC object of the packed tx result whose numbers start at `o`. */
export function txResultAt(packed: PackedTxResults, o: number): RpcTxResult {
  const { strings, nums } = packed;
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
  return tx;
}

/** The packed tx result of tx `index` (undefined beyond the block's txs). */
export function txResultOf(packed: PackedTxResults, index: number): RpcTxResult | undefined {
  let o = 0;
  for (let i = 0; i < index && o < packed.nums.length; i++) o = skipTx(packed.nums, o);
  return o < packed.nums.length ? txResultAt(packed, o) : undefined;
}

/** A tx as `tx` and `tx_search` answer it: hash, height, index, result and the tx itself (base64). */
export function resultTx(height: number, index: number, tx: string, result: RpcTxResult) {
  return { hash: toHexUpper(sha256(fromBase64(tx))), height: String(height), index, tx_result: result, tx };
}

/**
 * The block_results JSON in UTF-8. Each tx
 * result is built and serialized on its own and its text appended to one buffer, so a block's thousands
 * of result objects never live at the same time (each dies young instead of surviving collections while
 * a whole tree is built), and the text is encoded once, here, not again for every request.
 */
export function blockResultsJson(head: ResultsHead, packed: PackedTxResults): Uint8Array {
  const nums = packed.nums;
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
  for (let o = 0; o < nums.length; o = skipTx(nums, o)) out.write(o === 0 ? JSON.stringify(txResultAt(packed, o)) : ',' + JSON.stringify(txResultAt(packed, o)));
  out.write(shell.slice(cut));
  return out.bytes();
}
