// TxRaw read by hand when its bytes are the canonical encoding (field 1 body if non-empty, field 2 auth
// info if non-empty, then field 3 once per signature; shortest length varints), which is what every
// client sends and the only form the chain accepts. One pass checks the form and finds the three
// fields, instead of a generic decode, a re-encode and a comparison. Anything else returns undefined,
// and decodeTx takes the generic path, which gives the same answer and the same errors as before.
import type { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';

/** The length-delimited field at `at` (tag already read): [start, end), or undefined if not shortest-form or out of bounds. */
function field(b: Uint8Array, at: number): [number, number] | undefined {
  let len = 0;
  let shift = 0;
  for (;;) {
    if (at >= b.length || shift > 28) return undefined;
    const c = b[at++]!;
    len |= (c & 0x7f) << shift;
    if (c < 0x80) {
      if (c === 0 && shift > 0) return undefined; // a longer varint than needed
      break;
    }
    shift += 7;
  }
  if (len < 0 || at + len > b.length) return undefined;
  return [at, at + len];
}

export function decodeCanonicalTxRaw(b: Uint8Array): TxRaw | undefined {
  let at = 0;
  let bodyBytes: Uint8Array = new Uint8Array(0);
  let authInfoBytes: Uint8Array = new Uint8Array(0);
  const signatures: Uint8Array[] = [];
  if (b[at] === 0x0a) {
    const f = field(b, at + 1);
    if (!f || f[1] === f[0]) return undefined;
    bodyBytes = b.subarray(f[0], f[1]);
    at = f[1];
  }
  if (b[at] === 0x12) {
    const f = field(b, at + 1);
    if (!f || f[1] === f[0]) return undefined;
    authInfoBytes = b.subarray(f[0], f[1]);
    at = f[1];
  }
  while (at < b.length) {
    if (b[at] !== 0x1a) return undefined;
    const f = field(b, at + 1);
    if (!f) return undefined;
    signatures.push(b.subarray(f[0], f[1]));
    at = f[1];
  }
  return { bodyBytes, authInfoBytes, signatures };
}
