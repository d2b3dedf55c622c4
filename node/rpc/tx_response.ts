// Committed txs as the Cosmos SDK's tx service answers them (TxResponse: height, txhash, code, data as
// upper hex, raw_log, gas, the tx as an Any, the block time, events), made from the same records as the
// `tx` and `tx_search` answers; and the ABCI query /cosmos.tx.v1beta1.Service/GetTx over them (the tx
// index lives in the block store, beside the app, so this query is answered here rather than by the app).
import { TxResponse } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import { GetTxRequest, GetTxResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { QueryResult } from '../../chain/app.js';
import { fromBase64, fromHex, toHexUpper } from '../../chain/codec/bytes.js';
import { ChainError, sdkErrors } from '../../chain/errors.js';
import type { ChainNode } from '../chain_node.js';
import { LOC_SCALE } from '../tx_index_search.js';
import { txsAt } from './store_render.js';
import type { RpcTxResult } from './results_json.js';

export const GET_TX_PATH = '/cosmos.tx.v1beta1.Service/GetTx';

/** The `tx` answer of a committed tx as JSON bytes (undefined when it is not indexed). */
export async function txByHash(node: ChainNode, hash: Uint8Array): Promise<Uint8Array | undefined> {
  const loc = await node.db.getTxLocation(hash);
  // A block on disk whose commit has not happened yet is not served (DURABILITY.md): its tx is not found yet.
  if (!loc || loc.height > node.height) return undefined;
  const list = await txsAt(node.db, Float64Array.of(loc.height * LOC_SCALE + loc.index));
  return list.subarray(1, list.length - 1); // the one element of `[…]`
}

/** One entry of `tx_search` (and the `tx` answer). */
export interface ResultTxJson {
  hash: string;
  height: string;
  index: number;
  tx_result: RpcTxResult;
  tx: string;
}

/** The committed tx of a hash, as the `tx` method answers it; undefined when it is not (yet) committed. */
export async function committedTx(node: ChainNode, hash: Uint8Array): Promise<ResultTxJson | undefined> {
  const bytes = await txByHash(node, hash);
  return bytes && (JSON.parse(Buffer.from(bytes).toString('utf8')) as ResultTxJson);
}

/** A block's time (RFC 3339), the timestamp of its txs' responses. */
export async function blockTime(node: ChainNode, height: number): Promise<string> {
  return (await node.db.getBlock(height))?.header.time ?? '';
}

export function txResponseProto(r: ResultTxJson, timestamp: string): TxResponse {
  const res = r.tx_result;
  const raw = fromBase64(r.tx);
  return TxResponse.fromPartial({
    height: BigInt(r.height),
    txhash: r.hash,
    codespace: res.codespace,
    code: res.code,
    data: res.data ? toHexUpper(fromBase64(res.data)) : '',
    rawLog: res.log,
    logs: [],
    info: res.info,
    gasWanted: BigInt(res.gas_wanted),
    gasUsed: BigInt(res.gas_used),
    tx: { typeUrl: '/cosmos.tx.v1beta1.Tx', value: raw },
    timestamp,
    events: res.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) })),
  });
}

export async function getTxQuery(node: ChainNode, data: Uint8Array): Promise<QueryResult> {
  const height = Math.max(node.height, 1);
  try {
    let req: GetTxRequest;
    try {
      req = GetTxRequest.decode(data);
    } catch (e) {
      throw sdkErrors.InvalidRequest(`invalid GetTx request: ${(e as Error).message}`);
    }
    if (!/^[0-9a-fA-F]{64}$/.test(req.hash)) throw sdkErrors.InvalidRequest(`tx hash ${JSON.stringify(req.hash)} must be 64 hex digits`);
    const r = await committedTx(node, fromHex(req.hash));
    if (!r) throw sdkErrors.KeyNotFound(`rpc error: code = NotFound desc = tx not found: ${req.hash.toUpperCase()}`);
    const value = GetTxResponse.encode({ tx: Tx.decode(fromBase64(r.tx)), txResponse: txResponseProto(r, await blockTime(node, Number(r.height))) }).finish();
    return { code: 0, codespace: '', log: '', value, height };
  } catch (e) {
    if (!(e instanceof ChainError)) throw e;
    return { code: e.code, codespace: e.codespace, log: e.message, value: new Uint8Array(), height };
  }
}
