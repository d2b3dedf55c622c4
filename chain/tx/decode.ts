// Decodes TxRaw bytes into body and auth info, keeping the exact signed bytes.
import { TxRaw, type AuthInfo, type TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { sdkErrors } from '../errors.js';
import { equalBytes } from '../codec/bytes.js';
import { decodeCanonicalTxRaw } from './tx_raw.js';
import { rejectUnknownFields } from './unknown_fields.js';
import { decodeAuthInfo, decodeTxBody, decodeTxRaw } from './tx_proto.js';

export interface DecodedTx {
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  bytes: Uint8Array;
}

/** Decodes TxRaw bytes (a prepared tx holds the result: prepared_tx.ts). Throws sdk/2 and the like. */
export function decodeTx(bytes: Uint8Array): DecodedTx {
  const canonical = decodeCanonicalTxRaw(bytes);
  if (canonical) {
    let body: TxBody;
    let authInfo: AuthInfo;
    rejectUnknownFields(canonical.bodyBytes, canonical.authInfoBytes);
    try {
      body = decodeTxBody(canonical.bodyBytes);
      authInfo = decodeAuthInfo(canonical.authInfoBytes);
    } catch (e) {
      throw sdkErrors.TxDecode(`failed to decode tx: ${(e as Error).message}`);
    }
    return checked({ raw: canonical, body, authInfo, bytes });
  }
  return decodeGeneric(bytes);
}

/** After the decode: extension options (unknown fields were refused before it, as the SDK's decoder does). */
function checked(tx: DecodedTx): DecodedTx {
  if (tx.body.extensionOptions.length > 0) throw sdkErrors.UnknownExtensionOptions('unknown extension options');
  // The SDK resolves every Any's type URL while decoding; this chain registers no extension option type.
  const nonCritical = tx.body.nonCriticalExtensionOptions[0];
  if (nonCritical) throw sdkErrors.TxDecode(`unable to resolve type URL ${nonCritical.typeUrl}`);
  return tx;
}

/** Any bytes: a generic decode, then the canonical-form check (the error a non-canonical TxRaw gets). */
function decodeGeneric(bytes: Uint8Array): DecodedTx {
  let raw: TxRaw;
  let body: TxBody;
  let authInfo: AuthInfo;
  try {
    raw = decodeTxRaw(bytes);
  } catch (e) {
    throw sdkErrors.TxDecode(`failed to decode tx: ${(e as Error).message}`);
  }
  rejectUnknownFields(raw.bodyBytes, raw.authInfoBytes);
  try {
    body = decodeTxBody(raw.bodyBytes);
    authInfo = decodeAuthInfo(raw.authInfoBytes);
  } catch (e) {
    throw sdkErrors.TxDecode(`failed to decode tx: ${(e as Error).message}`);
  }
  // As the SDK's RejectUnknownFields: a TxRaw must be the canonical encoding of its three fields, so
  // nobody can re-wrap a signed tx under a different hash (unknown, repeated or reordered fields).
  // (A rare path: clients send the canonical form, which tx_raw.ts reads.)
  if (!equalBytes(TxRaw.encode(raw).finish(), bytes)) {
    throw sdkErrors.TxDecode('tx bytes are not the canonical TxRaw encoding (unknown, duplicated or reordered fields)');
  }
  return checked({ raw, body, authInfo, bytes });
}
