// Block header hashing and the validator's commit signature (CometBFT-shaped).
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { concat, toHexUpper, u64BE, utf8 } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { hashFromByteSlices } from '../chain/merkle/simple_merkle.js';
import type { StoredHeader } from './block_types.js';

const hexBytes = (h: string) => Buffer.from(h, 'hex');

/** Merkle root over the header fields, in CometBFT's field order. */
export function headerHash(h: StoredHeader): string {
  return toHexUpper(
    hashFromByteSlices([
      utf8('11/0'),
      utf8(h.chain_id),
      u64BE(h.height),
      utf8(h.time),
      hexBytes(h.last_block_hash),
      hexBytes(h.last_commit_hash),
      hexBytes(h.data_hash),
      hexBytes(h.validators_hash),
      hexBytes(h.next_validators_hash),
      hexBytes(h.consensus_hash),
      hexBytes(h.app_hash),
      hexBytes(h.last_results_hash),
      hexBytes(h.evidence_hash),
      hexBytes(h.proposer_address),
    ]),
  );
}

/** data_hash: Merkle root over the txs' hashes (CometBFT Txs.Hash), given those hashes. */
export function dataHash(txHashes: Uint8Array[]): string {
  return toHexUpper(hashFromByteSlices(txHashes));
}

export interface ValidatorKey {
  address: string; // hex upper, sha256(pubkey)[:20]
  pubKey: Uint8Array;
  privKey: Uint8Array; // 64-byte tweetnacl secret key
}

export function validatorAddress(pubKey: Uint8Array): string {
  return toHexUpper(sha256(pubKey).subarray(0, 20));
}

export function validatorsHash(v: { pubKey: Uint8Array; power: bigint }[]): string {
  return toHexUpper(hashFromByteSlices(v.map((x) => concat(x.pubKey, u64BE(x.power)))));
}

/** Canonical bytes a validator signs for a block: chain id, height, block hash, timestamp. */
export function voteSignBytes(chainId: string, height: number, blockHash: string, time: string): Uint8Array {
  return concat(utf8(chainId), u64BE(height), hexBytes(blockHash), utf8(time));
}

// Ed25519 through node:crypto (OpenSSL): the same RFC 8032 deterministic signatures as tweetnacl's
// (which `init` uses to make the key), at a small fraction of the cost of tweetnacl's pure-JS signing,
// which the node pays once a block.
const PKCS8_ED25519_SEED = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
const signingKeys = new WeakMap<Uint8Array, KeyObject>();

function signingKey(privKey: Uint8Array): KeyObject {
  let k = signingKeys.get(privKey);
  if (!k) {
    k = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_SEED, privKey.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
    signingKeys.set(privKey, k);
  }
  return k;
}

export function signVote(key: ValidatorKey, bytes: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, bytes, signingKey(key.privKey)));
}

export function verifyVote(pubKey: Uint8Array, bytes: Uint8Array, sig: Uint8Array): boolean {
  if (pubKey.length !== 32 || sig.length !== 64) return false;
  try {
    return verify(null, bytes, createPublicKey({ key: Buffer.concat([SPKI_ED25519, pubKey]), format: 'der', type: 'spki' }), sig);
  } catch {
    return false;
  }
}
