// SIGN_MODE_LEGACY_AMINO_JSON sign bytes: the SDK's StdSignDoc as sorted JSON (what Ledger, Keplr's
// signAmino and cosmjs's amino signers sign), built from the tx as received: its decoded messages
// (each written by its route's Amino declaration), memo, timeout height and fee, with the chain id,
// the account number and the sequence. A changed message field, memo or fee gives other bytes, so the
// signature fails (sdk/4) as for SIGN_MODE_DIRECT.
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { sortedJson, toAminoJson, type AminoJson } from '../codec/amino_json.js';
import { utf8 } from '../codec/bytes.js';
import { sdkErrors } from '../errors.js';
import type { MsgRoute } from '../module.js';
import type { DecodedTx } from './decode.js';

export const SIGN_MODE_AMINO_JSON = SignMode.SIGN_MODE_LEGACY_AMINO_JSON;

/** A decoded message and its route (the ante's DecodedMsg). */
export interface AminoSignMsg {
  route: MsgRoute;
  msg: unknown;
}

/** The StdSignDoc of a tx for one signer, as the JSON value cosmjs's makeSignDoc builds. */
export function aminoSignDoc(tx: DecodedTx, msgs: readonly AminoSignMsg[], chainId: string, accountNumber: bigint, sequence: bigint): { [key: string]: AminoJson } {
  const fee = tx.authInfo.fee;
  const feeJson: { [key: string]: AminoJson } = {
    amount: (fee?.amount ?? []).map((c) => ({ amount: c.amount, denom: c.denom })),
    gas: (fee?.gasLimit ?? 0n).toString(),
  };
  if (fee?.payer) feeJson.payer = fee.payer;
  if (fee?.granter) feeJson.granter = fee.granter;
  const doc: { [key: string]: AminoJson } = {
    account_number: accountNumber.toString(),
    chain_id: chainId,
    fee: feeJson,
    memo: tx.body.memo,
    msgs: msgs.map(({ route, msg }) => {
      if (!route.amino) throw sdkErrors.NotSupported(`message ${route.typeUrl} has no Amino JSON name: sign it with SIGN_MODE_DIRECT`);
      return { type: route.amino.name, value: toAminoJson(route.amino.fields, msg as Record<string, unknown>) };
    }),
    sequence: sequence.toString(),
  };
  if (tx.body.timeoutHeight > 0n) doc.timeout_height = tx.body.timeoutHeight.toString();
  return doc;
}

export function aminoSignBytes(tx: DecodedTx, msgs: readonly AminoSignMsg[], chainId: string, accountNumber: bigint, sequence: bigint): Uint8Array {
  return utf8(sortedJson(aminoSignDoc(tx, msgs, chainId, accountNumber, sequence)));
}

/** The tx's messages decoded by their routes, for a sign doc built ahead of the ante (signature prefetch); throws on an unknown or bad message. */
export function decodeForAmino(tx: DecodedTx, routes: ReadonlyMap<string, { route: MsgRoute }>): AminoSignMsg[] {
  return tx.body.messages.map((any) => {
    const r = routes.get(any.typeUrl);
    if (!r) throw new Error(`unknown message ${any.typeUrl}`);
    return { route: r.route, msg: r.route.decode(any.value) };
  });
}
