// A stored block's RPC `block` JSON made from its stored JSON bytes without parsing and serializing its
// txs again: a full block's txs are megabytes of base64 strings, and a client following the chain reads
// every block, so JSON.parse + formatBlock + JSON.stringify of them would be a large share of the
// database thread's work under load. The txs array is copied as bytes between the two documents, the
// rest (hash, header, last commit) goes through formatBlock: byte for byte JSON.stringify(formatBlock(b))
// (format.ts; tested in block_json.test.ts).
//
// Both places are found by text: in JSON an unescaped `"` only opens or closes a string, so `"txs":[`
// in the stored record and `"data":{"txs":[]}` in the formatted one can only be those keys, and a base64
// tx holds no `]`, so the first `]` after the key closes the array.
import { utf8 } from '../../chain/codec/bytes.js';
import type { StoredBlock } from '../block_types.js';
import { formatBlock } from './format.js';

const STORED_KEY = Buffer.from('"txs":[', 'latin1');
const RPC_EMPTY = '"data":{"txs":[]}';

/** The `result` JSON of `block` for a block stored as JSON.stringify(StoredBlock). */
export function blockRpcJson(stored: Uint8Array): Uint8Array {
  const raw = Buffer.from(stored.buffer, stored.byteOffset, stored.length);
  const open = raw.indexOf(STORED_KEY);
  const close = open < 0 ? -1 : raw.indexOf(0x5d /* ] */, open + STORED_KEY.length);
  if (close < 0) return utf8(JSON.stringify(formatBlock(JSON.parse(raw.toString('utf8')) as StoredBlock)));
  // The record with an empty txs array: small to parse and format.
  const rest = JSON.parse(raw.toString('utf8', 0, open + STORED_KEY.length) + raw.toString('utf8', close)) as StoredBlock;
  const json = JSON.stringify(formatBlock(rest));
  const at = json.indexOf(RPC_EMPTY) + RPC_EMPTY.length - 2; // at the "]" of the empty array
  const head = Buffer.from(json.slice(0, at - 1), 'utf8'); // up to `"data":{"txs":`
  const tail = Buffer.from(json.slice(at + 1), 'utf8'); // from `}` of data on
  const txs = raw.subarray(open + STORED_KEY.length - 1, close + 1); // `[ … ]`
  const out = new Uint8Array(head.length + txs.length + tail.length);
  out.set(head, 0);
  out.set(txs, head.length);
  out.set(tail, head.length + txs.length);
  return out;
}
