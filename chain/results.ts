// Tx results, as ABCI ExecTxResult, and their deterministic hash (CometBFT LastResultsHash).
import type { Event } from './events.js';
import { hashFromByteSlices } from './merkle/simple_merkle.js';
import { bytesFieldSize, varint64Size, varintSize, writeBytesField, writeVarint, writeVarint64 } from './codec/proto_wire.js';

export interface TxResult {
  code: number;
  codespace: string;
  log: string;
  /** TxMsgData bytes (msg responses). */
  data: Uint8Array;
  gasWanted: number;
  gasUsed: number;
  events: Event[];
}

/** An int64 field value as protobuf writes it: negative numbers as their 64-bit two's complement. */
const int64 = (n: number): bigint => BigInt.asUintN(64, BigInt(n));

/**
 * ExecTxResult{code, data, gas_wanted, gas_used} encoded by hand into one exact-size array: the same
 * bytes as cosmjs-types' ExecTxResult.encode (fields 1, 2, 5, 6; zero values left out), fast-checked
 * against it in results.test.ts, without its writer and a message object per tx.
 */
export function deterministicResultBytes(r: Pick<TxResult, 'code' | 'data' | 'gasWanted' | 'gasUsed'>): Uint8Array {
  const code = r.code >>> 0;
  const wanted = r.gasWanted === 0 ? 0n : int64(r.gasWanted);
  const used = r.gasUsed === 0 ? 0n : int64(r.gasUsed);
  const size = (code !== 0 ? 1 + varintSize(code) : 0) + (r.data.length > 0 ? bytesFieldSize(r.data.length) : 0) + (wanted !== 0n ? 1 + varint64Size(wanted) : 0) + (used !== 0n ? 1 + varint64Size(used) : 0);
  const out = new Uint8Array(size);
  let at = 0;
  if (code !== 0) {
    out[at++] = 0x08; // 1: code, varint
    at = writeVarint(out, at, code);
  }
  if (r.data.length > 0) at = writeBytesField(out, at, 0x12, r.data); // 2: data, bytes
  if (wanted !== 0n) {
    out[at++] = 0x28; // 5: gas_wanted, varint
    at = writeVarint64(out, at, wanted);
  }
  if (used !== 0n) {
    out[at++] = 0x30; // 6: gas_used, varint
    writeVarint64(out, at, used);
  }
  return out;
}

/** Only code, data, gas_wanted and gas_used enter the results hash (CometBFT deterministicExecTxResult). */
export function resultsHash(results: TxResult[]): Uint8Array {
  return hashFromByteSlices(results.map(deterministicResultBytes));
}
