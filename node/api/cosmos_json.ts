// Cosmos SDK types in the gRPC-gateway's JSON (field names as in the .proto, 64-bit integers as strings,
// bytes as base64, enums by name, Any as {"@type", ...fields}): accounts, coins, pages, txs, tx
// responses, blocks. Module messages inside txs come from proto_json.ts.
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { signModeToJSON } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { Tx, type ModeInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { Any } from 'cosmjs-types/google/protobuf/any';
import { fromBase64, fromHex, toBase64, toHexUpper } from '../../chain/codec/bytes.js';
import { toBech32 } from '../../chain/crypto.js';
import type { StoredBlock } from '../block_types.js';
import { blockId } from '../rpc/format.js';
import type { ResultTxJson } from '../rpc/tx_response.js';
import { messageJson } from './proto_json.js';

export const VALCONS_PREFIX = 'mktvalcons';

type Coinish = { denom: string; amount: string };
export const coinJson = (c: Coinish) => ({ denom: c.denom, amount: c.amount });

export function pageJson(p: PageResponse | undefined) {
  return { next_key: p && p.nextKey.length > 0 ? toBase64(p.nextKey) : null, total: String(p?.total ?? 0n) };
}

export function anyJson(a: Any | undefined): Record<string, unknown> | null {
  if (!a) return null;
  const head = { '@type': a.typeUrl };
  switch (a.typeUrl) {
    case '/cosmos.crypto.secp256k1.PubKey':
    case '/cosmos.crypto.ed25519.PubKey':
      return { ...head, key: toBase64(PubKey.decode(a.value).key) };
    case '/cosmos.auth.v1beta1.BaseAccount':
      return { ...head, ...baseAccountJson(BaseAccount.decode(a.value)) };
    case '/cosmos.bank.v1beta1.MsgSend': {
      const m = MsgSend.decode(a.value);
      return { ...head, from_address: m.fromAddress, to_address: m.toAddress, amount: m.amount.map(coinJson) };
    }
    case '/cosmos.bank.v1beta1.MsgSendResponse':
      return head;
    case '/cosmos.tx.v1beta1.Tx':
      return { ...head, ...txJson(a.value) };
  }
  const known = messageJson(a.typeUrl.replace(/^\//, ''), a.value);
  // A type this node cannot render is given as its bytes (the gateway would refuse the whole answer).
  return known ? { ...head, ...known } : { ...head, value: toBase64(a.value) };
}

export function baseAccountJson(a: BaseAccount) {
  return { address: a.address, pub_key: anyJson(a.pubKey), account_number: a.accountNumber.toString(), sequence: a.sequence.toString() };
}

function modeInfoJson(m: ModeInfo | undefined): unknown {
  if (!m) return null;
  if (m.single) return { single: { mode: signModeToJSON(m.single.mode) } };
  if (m.multi) return { multi: { bitarray: m.multi.bitarray ? { extra_bits_stored: m.multi.bitarray.extraBitsStored, elems: toBase64(m.multi.bitarray.elems) } : null, mode_infos: m.multi.modeInfos.map(modeInfoJson) } };
  return null;
}

/** A tx (TxRaw or Tx bytes: the same wire form) as cosmos.tx.v1beta1.Tx JSON. */
export function txJson(bytes: Uint8Array) {
  const tx = Tx.decode(bytes);
  const b = tx.body;
  const a = tx.authInfo;
  return {
    body: {
      messages: (b?.messages ?? []).map(anyJson),
      memo: b?.memo ?? '',
      timeout_height: String(b?.timeoutHeight ?? 0n),
      unordered: b?.unordered ?? false,
      timeout_timestamp: b?.timeoutTimestamp ? new Date(Number(b.timeoutTimestamp.seconds) * 1000).toISOString().replace('.000Z', 'Z') : null,
      extension_options: (b?.extensionOptions ?? []).map(anyJson),
      non_critical_extension_options: (b?.nonCriticalExtensionOptions ?? []).map(anyJson),
    },
    auth_info: {
      signer_infos: (a?.signerInfos ?? []).map((s) => ({ public_key: anyJson(s.publicKey), mode_info: modeInfoJson(s.modeInfo), sequence: s.sequence.toString() })),
      fee: a?.fee ? { amount: a.fee.amount.map(coinJson), gas_limit: a.fee.gasLimit.toString(), payer: a.fee.payer, granter: a.fee.granter } : null,
      tip: a?.tip ? { amount: a.tip.amount.map(coinJson), tipper: a.tip.tipper } : null,
    },
    signatures: tx.signatures.map(toBase64),
  };
}

/** cosmos.base.abci.v1beta1.TxResponse JSON of a committed tx (as `tx`/`tx_search` answer it). */
export function txResponseJson(r: ResultTxJson, timestamp: string) {
  const res = r.tx_result;
  const raw = fromBase64(r.tx);
  return {
    height: r.height,
    txhash: r.hash,
    codespace: res.codespace,
    code: res.code,
    data: res.data ? toHexUpper(fromBase64(res.data)) : '',
    raw_log: res.log,
    logs: [],
    info: res.info,
    gas_wanted: res.gas_wanted,
    gas_used: res.gas_used,
    tx: { '@type': '/cosmos.tx.v1beta1.Tx', ...txJson(raw) },
    timestamp,
    events: res.events.map((e) => ({ type: e.type, attributes: e.attributes.map((x) => ({ key: x.key, value: x.value, index: x.index })) })),
  };
}

/** The TxResponse of a broadcast (not yet in a block). */
export function broadcastResponseJson(r: { hash: string; code: number; codespace: string; log: string }) {
  return { height: '0', txhash: r.hash, codespace: r.codespace, code: r.code, data: '', raw_log: r.log, logs: [], info: '', gas_wanted: '0', gas_used: '0', tx: null, timestamp: '', events: [] };
}

const b64OfHex = (h: string) => (h ? toBase64(fromHex(h)) : '');

function blockIdJson(hash: string) {
  const id = blockId(hash);
  return { hash: b64OfHex(id.hash), part_set_header: { total: id.parts.total, hash: b64OfHex(id.parts.hash) } };
}

/** cosmos.base.tendermint.v1beta1 GetBlockByHeight/GetLatestBlock: block_id, block (tendermint.types), sdk_block (proposer as bech32). */
export function blockJson(b: StoredBlock) {
  const h = b.header;
  const header = {
    version: { block: '11', app: '0' },
    chain_id: h.chain_id,
    height: String(h.height),
    time: h.time,
    last_block_id: blockIdJson(h.last_block_hash),
    last_commit_hash: b64OfHex(h.last_commit_hash),
    data_hash: b64OfHex(h.data_hash),
    validators_hash: b64OfHex(h.validators_hash),
    next_validators_hash: b64OfHex(h.next_validators_hash),
    consensus_hash: b64OfHex(h.consensus_hash),
    app_hash: b64OfHex(h.app_hash),
    last_results_hash: b64OfHex(h.last_results_hash),
    evidence_hash: b64OfHex(h.evidence_hash),
    proposer_address: b64OfHex(h.proposer_address),
  };
  const c = b.last_commit;
  const body = {
    data: { txs: b.txs },
    evidence: { evidence: [] },
    last_commit: {
      height: String(Math.max(h.height - 1, 0)),
      round: 0,
      block_id: blockIdJson(h.last_block_hash),
      signatures: c ? [{ block_id_flag: 'BLOCK_ID_FLAG_COMMIT', validator_address: b64OfHex(c.validator_address), timestamp: c.timestamp, signature: c.signature }] : [],
    },
  };
  return {
    block_id: blockIdJson(b.hash),
    block: { header, ...body },
    sdk_block: { header: { ...header, proposer_address: h.proposer_address ? toBech32(fromHex(h.proposer_address), VALCONS_PREFIX) : '' }, ...body },
  };
}
