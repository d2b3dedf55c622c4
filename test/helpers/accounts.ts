// Deterministic test keys and a signed-tx builder on the real cosmjs stack.
import { DirectSecp256k1Wallet, makeAuthInfoBytes, makeSignDoc, Registry, encodePubkey, type EncodeObject, type GeneratedType } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createHash } from 'node:crypto';

export interface TestAccount {
  address: string;
  pubkey: Uint8Array;
  wallet: DirectSecp256k1Wallet;
}

export async function testAccount(seed: string): Promise<TestAccount> {
  const priv = new Uint8Array(createHash('sha256').update('marketchain-test-' + seed).digest());
  const wallet = await DirectSecp256k1Wallet.fromKey(priv, 'mkt');
  const [acc] = await wallet.getAccounts();
  return { address: acc!.address, pubkey: acc!.pubkey, wallet };
}

export function makeRegistry(extra: [string, GeneratedType][] = []): Registry {
  return new Registry([...defaultRegistryTypes, ...extra]);
}

export interface SignOpts {
  chainId?: string;
  accountNumber: bigint | number;
  sequence: bigint | number;
  fee?: { denom: string; amount: string }[];
  gas?: bigint | number;
  memo?: string;
  timeoutHeight?: bigint;
  registry?: Registry;
}

export async function signTx(acc: TestAccount, msgs: EncodeObject[], o: SignOpts): Promise<Uint8Array> {
  const registry = o.registry ?? makeRegistry();
  const bodyBytes = registry.encodeTxBody({ messages: msgs, memo: o.memo ?? '', timeoutHeight: o.timeoutHeight });
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(acc.pubkey)), sequence: BigInt(o.sequence) }],
    o.fee ?? [{ denom: 'umkt', amount: '2000' }],
    Number(o.gas ?? 200_000),
    undefined,
    undefined,
  );
  const doc = makeSignDoc(bodyBytes, authInfoBytes, o.chainId ?? 'marketchain-test', Number(o.accountNumber));
  const { signature, signed } = await acc.wallet.signDirect(acc.address, doc);
  return TxRaw.encode({
    bodyBytes: signed.bodyBytes,
    authInfoBytes: signed.authInfoBytes,
    signatures: [Buffer.from(signature.signature, 'base64')],
  }).finish();
}

export function sendMsg(from: string, to: string, amount: string, denom = 'umkt'): EncodeObject {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: from, toAddress: to, amount: [{ denom, amount }] } };
}
