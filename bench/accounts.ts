// Deterministic bench accounts (private keys derived from a seed) and a node:crypto SIGN_MODE_DIRECT signer.
import { createECDH, createHash, createPrivateKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc, Registry, type EncodeObject } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { addressFromPubkey, toBech32 } from '../chain/crypto.js';
import { marketchain as ammPb } from '../proto/amm.js';
import { marketchain as repoPb } from '../proto/repo.js';
import { moneymarketRegistryTypes } from '../modules/moneymarket/msgs.js';
import { TYPE_URLS as AMM_TYPES } from '../modules/amm/msgs.js';
import { TYPE_URLS as REPO_TYPES } from '../modules/repo/msgs.js';

export interface BenchAccount {
  index: number;
  address: string;
  pubkey: Uint8Array; // 33-byte compressed
  key: KeyObject; // private key for node:crypto
}

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
// SEC1 ECPrivateKey DER: SEQUENCE { INTEGER 1, OCTET STRING priv, [0] OID secp256k1 }
const SEC1_HEAD = Buffer.from('302e0201010420', 'hex');
const SEC1_TAIL = Buffer.from('a00706052b8104000a', 'hex');

export function benchAccount(seed: string, index: number): BenchAccount {
  const priv = createHash('sha256').update(`marketchain-bench/${seed}/${index}`).digest();
  const ecdh = createECDH('secp256k1');
  ecdh.setPrivateKey(priv);
  const pubkey = new Uint8Array(ecdh.getPublicKey(null, 'compressed'));
  const key = createPrivateKey({ key: Buffer.concat([SEC1_HEAD, priv, SEC1_TAIL]), format: 'der', type: 'sec1' });
  return { index, address: toBech32(addressFromPubkey(pubkey)), pubkey, key };
}

export function benchAccounts(seed: string, n: number): BenchAccount[] {
  return Array.from({ length: n }, (_, i) => benchAccount(seed, i));
}

/** 64-byte r||s over sha256(msg), normalised to low S as the Cosmos SDK requires. */
export function signLowS(key: KeyObject, msg: Uint8Array): Uint8Array {
  const sig = cryptoSign('sha256', msg, { key, dsaEncoding: 'ieee-p1363' });
  const s = BigInt('0x' + sig.subarray(32).toString('hex'));
  if (s > SECP256K1_N >> 1n) Buffer.from((SECP256K1_N - s).toString(16).padStart(64, '0'), 'hex').copy(sig, 32);
  return new Uint8Array(sig);
}

const A = ammPb.amm.v1 as any;
const R = repoPb.repo.v1 as any;
/** Bank plus the three modules' messages (the mixed workload signs all of them). */
export const registry = new Registry([
  ...defaultRegistryTypes,
  ...moneymarketRegistryTypes(),
  [AMM_TYPES.addLiquidity, A.MsgAddLiquidity], [AMM_TYPES.removeLiquidity, A.MsgRemoveLiquidity], [AMM_TYPES.swapExactIn, A.MsgSwapExactIn], [AMM_TYPES.swapExactOut, A.MsgSwapExactOut],
  [REPO_TYPES.openRound, R.MsgOpenRound], [REPO_TYPES.commitReport, R.MsgCommitReport], [REPO_TYPES.revealReport, R.MsgRevealReport],
  [REPO_TYPES.acceptLeg, R.MsgAcceptLeg], [REPO_TYPES.repurchase, R.MsgRepurchase],
]);

export interface TxOpts {
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  fee: { denom: string; amount: string }[];
  gas: number;
  memo?: string;
}

/** A signed TxRaw (SIGN_MODE_DIRECT), byte-identical to what cosmjs' DirectSecp256k1Wallet would produce. */
export function signTx(acc: BenchAccount, msgs: EncodeObject[], o: TxOpts): Uint8Array {
  const bodyBytes = registry.encodeTxBody({ messages: msgs, memo: o.memo ?? '' });
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(acc.pubkey)), sequence: o.sequence }], o.fee, o.gas, undefined, undefined);
  const doc = makeSignDoc(bodyBytes, authInfoBytes, o.chainId, Number(o.accountNumber));
  const signature = signLowS(acc.key, makeSignBytes(doc));
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}
