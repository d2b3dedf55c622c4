// A block's RPC `block_results` JSON, made from its packed results (results_wire.ts) on the database
// thread when the block is written: a client following the chain asks for it right after the commit.
// The objects are built in the RPC shape straight from the packed numbers and strings, then serialized
// by one JSON.stringify: byte for byte JSON.stringify(formatBlockResults(results)) (rpc/format.ts;
// tested in results_json.test.ts). Assembling the text by hand from escaped pieces was ~2× slower than
// V8's serializer (a 4,356-send block: 195 ms, against 65 ms like this and 102 ms unpacking first).
import { toBase64 } from '../chain/codec/bytes.js';
import type { ResultsHead } from './results_record.js';
import type { PackedTxResults } from './results_wire.js';

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

export function blockResultsJson(head: ResultsHead, packed: PackedTxResults): string {
  const { strings, nums } = packed;
  const txs: RpcTxResult[] = [];
  // results_wire's layout: code, codespace, log, data, gas_wanted, gas_used, #events; per event type, #attributes; per attribute key, value, index.
  for (let o = 0; o < nums.length; ) {
    const data = strings[nums[o + 3]!]!;
    const tx: RpcTxResult = {
      code: nums[o]!,
      data: data === '' ? null : data,
      log: strings[nums[o + 2]!]!,
      info: '',
      gas_wanted: String(nums[o + 4]),
      gas_used: String(nums[o + 5]),
      events: new Array<RpcEvent>(nums[o + 6]!),
      codespace: strings[nums[o + 1]!]!,
    };
    o += 7;
    for (let e = 0; e < tx.events.length; e++) {
      const attributes = new Array<RpcAttribute>(nums[o + 1]!);
      tx.events[e] = { type: strings[nums[o]!]!, attributes };
      o += 2;
      for (let k = 0; k < attributes.length; k++, o += 3) attributes[k] = { key: strings[nums[o]!]!, value: strings[nums[o + 1]!]!, index: nums[o + 2] === 1 };
    }
    txs.push(tx);
  }
  return JSON.stringify({
    height: String(head.height),
    txs_results: txs,
    finalize_block_events: head.finalize_block_events,
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: toBase64(Buffer.from(head.app_hash, 'hex')),
  });
}
