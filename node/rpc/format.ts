// CometBFT 0.38 JSON shapes of blocks (spec/cosmos-compat.md §1.3); tx results: results_json.ts.
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import type { StoredBlock } from '../block_types.js';

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
