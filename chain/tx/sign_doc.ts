// SIGN_MODE_DIRECT sign bytes, built from the bytes as received (never re-encoded).
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';

export function makeSignBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  return SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
}

/** The fields of a SIGN_MODE_DIRECT SignDoc (its bytes are makeSignBytes of them). */
export interface SignDocParts {
  bodyBytes: Uint8Array;
  authInfoBytes: Uint8Array;
  chainId: string;
  accountNumber: bigint;
}
