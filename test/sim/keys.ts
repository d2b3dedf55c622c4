// Simulation accounts: secp256k1 keys from node:crypto and TxRaw building with cosmjs-types.
//
// Two ways to authenticate (see README.md in this folder):
//  - `signed`: a real low-S secp256k1 signature over the SignDoc; the app verifies it as in production.
//  - `unsigned`: a 64-byte placeholder signature, for an app built with `verifySignature: () => true`.
//    Everything else is the production path: TxRaw decode, the whole ante (limits, validateBasic,
//    signers, pubkey ↔ address, sequence, fee deduction, sequence increment), the msg routes and
//    BlockExecution. Only the secp256k1 arithmetic (~600 signatures/s here) is skipped.
import { createECDH, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { addressFromPubkey, sha256, toBech32 } from '../../chain/crypto.js';
import { makeSignBytes } from '../../chain/tx/sign_doc.js';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

export interface SimAccount {
  name: string;
  address: string;
  pubkey: Uint8Array;
  key: KeyObject;
  accountNumber: bigint;
  sequence: bigint;
}

export function simAccount(name: string): SimAccount {
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(Buffer.from(sha256(new TextEncoder().encode('marketchain-sim-key:' + name))));
  const pub = ecdh.getPublicKey(null, 'uncompressed');
  const key = createPrivateKey({
    key: { kty: 'EC', crv: 'secp256k1', d: ecdh.getPrivateKey().toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  const pubkey = new Uint8Array(ecdh.getPublicKey(null, 'compressed'));
  return { name, address: toBech32(addressFromPubkey(pubkey)), pubkey, key, accountNumber: 0n, sequence: 0n };
}

function lowS(sig: Buffer): Uint8Array {
  const out = new Uint8Array(sig);
  const s = BigInt('0x' + sig.subarray(32).toString('hex'));
  if (s > N >> 1n) {
    const hex = (N - s).toString(16).padStart(64, '0');
    out.set(Buffer.from(hex, 'hex'), 32);
  }
  return out;
}

export interface AnyMsg {
  typeUrl: string;
  value: Uint8Array;
}

export interface BuildOpts {
  chainId: string;
  fee: { denom: string; amount: string }[];
  gas: number;
  signed: boolean;
}

/** A TxRaw from `acc` at its current sequence (the caller advances the sequence when the ante passes). */
export function buildTx(acc: SimAccount, msgs: AnyMsg[], o: BuildOpts): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs.map((m) => Any.fromPartial(m)), memo: '' })).finish();
  const authInfoBytes = AuthInfo.encode(AuthInfo.fromPartial({
    signerInfos: [{
      publicKey: { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: acc.pubkey }).finish() },
      modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
      sequence: acc.sequence,
    }],
    fee: { amount: o.fee, gasLimit: BigInt(o.gas), payer: '', granter: '' },
  })).finish();
  let sig: Uint8Array;
  if (o.signed) {
    const doc = makeSignBytes(bodyBytes, authInfoBytes, o.chainId, acc.accountNumber);
    sig = lowS(sign('sha256', doc, { key: acc.key, dsaEncoding: 'ieee-p1363' }));
  } else {
    sig = new Uint8Array(64).fill(1);
  }
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [sig] }).finish();
}
