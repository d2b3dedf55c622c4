// Just enough protobuf to list a pending tx's message types: TxRaw.body_bytes (1) → TxBody.messages (1)
// → Any.type_url (1). Pending txs come from the JSON-RPC's unconfirmed_txs as base64 TxRaw.
function fields(b: Uint8Array): { no: number; bytes?: Uint8Array }[] {
  const out: { no: number; bytes?: Uint8Array }[] = [];
  let i = 0;
  const varint = () => {
    let v = 0;
    let s = 0;
    for (;;) {
      const x = b[i++];
      if (x === undefined) throw new Error('truncated');
      v += (x & 0x7f) * 2 ** s;
      if (x < 0x80) return v;
      s += 7;
    }
  };
  while (i < b.length) {
    const key = varint();
    const wt = key & 7;
    const no = Math.floor(key / 8);
    if (wt === 0) varint();
    else if (wt === 2) {
      const len = varint();
      out.push({ no, bytes: b.subarray(i, i + len) });
      i += len;
    } else if (wt === 1) i += 8;
    else if (wt === 5) i += 4;
    else throw new Error('bad wire type');
  }
  return out;
}

const field = (b: Uint8Array, no: number) => fields(b).filter((f) => f.no === no).map((f) => f.bytes!);

export function messageTypes(txB64: string): string[] {
  const raw = Uint8Array.from(atob(txB64), (c) => c.charCodeAt(0));
  const body = field(raw, 1)[0];
  if (!body) return [];
  return field(body, 1).map((any) => new TextDecoder().decode(field(any, 1)[0] ?? new Uint8Array()));
}

export async function txHash(txB64: string): Promise<string> {
  const raw = Uint8Array.from(atob(txB64), (c) => c.charCodeAt(0));
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  return [...d].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase();
}
