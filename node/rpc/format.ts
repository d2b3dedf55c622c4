// CometBFT 0.38 JSON shapes (spec/cosmos-compat.md §1.3).
import { toBase64, toHexUpper, utf8 } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import type { StoredBlock, StoredResults, StoredTxResult } from '../block_types.js';

export function partsHash(blockHash: string): string {
  return blockHash ? toHexUpper(sha256(Buffer.from(blockHash, 'hex'))) : '';
}

export function blockId(hash: string) {
  return { hash, parts: { total: hash ? 1 : 0, hash: partsHash(hash) } };
}

export function formatHeader(b: StoredBlock) {
  const h = b.header;
  return {
    version: { block: '11', app: '0' },
    chain_id: h.chain_id,
    height: String(h.height),
    time: h.time,
    last_block_id: blockId(h.last_block_hash),
    last_commit_hash: h.last_commit_hash,
    data_hash: h.data_hash,
    validators_hash: h.validators_hash,
    next_validators_hash: h.next_validators_hash,
    consensus_hash: h.consensus_hash,
    app_hash: h.app_hash,
    last_results_hash: h.last_results_hash,
    evidence_hash: h.evidence_hash,
    proposer_address: h.proposer_address,
  };
}

export function formatCommit(b: StoredBlock) {
  const c = b.last_commit;
  return {
    height: String(Math.max(b.header.height - 1, 0)),
    round: 0,
    block_id: blockId(b.header.last_block_hash),
    signatures: c ? [{ block_id_flag: 2, validator_address: c.validator_address, timestamp: c.timestamp, signature: c.signature }] : [],
  };
}

export function formatBlock(b: StoredBlock) {
  return {
    block_id: blockId(b.hash),
    block: { header: formatHeader(b), data: { txs: b.txs }, evidence: { evidence: [] }, last_commit: formatCommit(b) },
  };
}

/** ExecTxResult as gogo jsonpb with EmitDefaults (int64 as strings, code as number). */
export function formatTxResult(r: StoredTxResult) {
  return {
    code: r.code,
    data: r.data || null,
    log: r.log,
    info: '',
    gas_wanted: String(r.gas_wanted),
    gas_used: String(r.gas_used),
    events: r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) })),
    codespace: r.codespace,
  };
}

export function formatResultTx(hash: string, height: number, index: number, tx: string, r: StoredTxResult) {
  return { hash, height: String(height), index, tx_result: formatTxResult(r), tx };
}

export function formatBlockResults(r: StoredResults) {
  return {
    height: String(r.height),
    txs_results: r.txs_results.map(formatTxResult),
    finalize_block_events: r.finalize_block_events,
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: toBase64(Buffer.from(r.app_hash, 'hex')),
  };
}

/** RPC results the database can answer as JSON bytes by itself (on its own thread, see db_client.ts). */
export type RpcJsonKind = 'block' | 'block_results';

/** The `result` JSON of `block` or `block_results` for a stored block and its results. */
export function rpcResultJson(kind: RpcJsonKind, block: StoredBlock | undefined, results: StoredResults | undefined): Uint8Array | undefined {
  const value = kind === 'block' ? block && formatBlock(block) : results && formatBlockResults(results);
  // utf8() gives an array with its own buffer (Buffer.from may use the shared pool), so it can be transferred.
  return value === undefined ? undefined : utf8(JSON.stringify(value));
}
