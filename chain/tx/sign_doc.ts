// SIGN_MODE_DIRECT sign bytes, built from the bytes as received (never re-encoded). Written by hand
// into one array of the exact size: the bytes cosmjs-types' SignDoc.encode writes (sign_doc.test.ts).
import { internedUtf8 } from '../codec/bytes.js';
import { bytesFieldSize, varint64Size, writeBytesField, writeVarint64 } from '../codec/proto_wire.js';

export function makeSignBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  const chain = internedUtf8(chainId);
  const an = BigInt.asUintN(64, accountNumber);
  const lenField = (n: number) => (n > 0 ? bytesFieldSize(n) : 0);
  const out = new Uint8Array(lenField(bodyBytes.length) + lenField(authInfoBytes.length) + lenField(chain.length) + (an !== 0n ? 1 + varint64Size(an) : 0));
  let at = 0;
  for (const [tag, b] of [[10, bodyBytes], [18, authInfoBytes], [26, chain]] as const) {
    if (b.length > 0) at = writeBytesField(out, at, tag, b);
  }
  if (an !== 0n) {
    out[at++] = 32;
    writeVarint64(out, at, an);
  }
  return out;
}

