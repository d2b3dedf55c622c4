// Shared pieces of the fuzz suites: case-count scaling, seeds, and the "no internal error" rule.
import { TxRaw, TxBody, AuthInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';

export const SLOW = process.env.MARKETCHAIN_SLOW === '1';

/** Case count for `npm test`, ×10 under MARKETCHAIN_SLOW (npm run test:slow). */
export function runs(n: number): number {
  return SLOW ? n * 10 : n;
}

/** The seed of a suite: MARKETCHAIN_FUZZ_SEED to replay one, else random. Printed by the caller. */
export function fuzzSeed(): number {
  const s = process.env.MARKETCHAIN_FUZZ_SEED;
  return s ? Number(s) : Math.floor(Math.random() * 0x7fffffff);
}

/** Internal-error codes that must never answer malformed input: sdk/35 (uncaught handler error) and the panic code. */
export function isInternalError(r: { code: number; codespace: string }): boolean {
  return (r.codespace === 'sdk' && r.code === 35) || (r.codespace === 'undefined' && r.code === 111222);
}

/** A rejection must carry a non-zero code, a codespace and a log. */
export function rejectionProblem(r: { code: number; codespace: string; log: string }): string | undefined {
  if (r.code === 0) return undefined;
  if (isInternalError(r)) return `internal error ${r.codespace}/${r.code}: ${r.log}`;
  if (!r.codespace) return `rejection ${r.code} without codespace: ${r.log}`;
  if (!r.log) return `rejection ${r.codespace}/${r.code} without log`;
  return undefined;
}

/** An unsigned tx (64 zero-byte signature) for apps built with a verifySignature override. */
export function unsignedTx(msgs: { typeUrl: string; value: Uint8Array }[], pubkey: Uint8Array, sequence: bigint, o: { gas?: bigint; fee?: string } = {}): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs, memo: '' })).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [{ publicKey: { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: pubkey }).finish() }, modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } }, sequence }],
      fee: { amount: [{ denom: 'umkt', amount: o.fee ?? '2000' }], gasLimit: o.gas ?? 5_000_000n },
    }),
  ).finish();
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [new Uint8Array(64)] }).finish();
}
