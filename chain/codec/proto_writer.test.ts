import test from 'ava';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { BinaryWriter } from 'cosmjs-types/binary';
import './proto_writer.js';

test('[proto-writer]: cosmjs-types encodes into a buffer of exactly the message size, with the same bytes', (t) => {
  const raw = { bodyBytes: Uint8Array.of(1, 2, 3), authInfoBytes: Uint8Array.of(4, 5), signatures: [new Uint8Array(64).fill(9)] };
  const out = TxRaw.encode(raw).finish();
  t.is(out.buffer.byteLength, out.length); // not a view into an 8 KiB slab
  t.is(out.byteOffset, 0);
  t.deepEqual(Uint8Array.from(out), Uint8Array.of(0x0a, 3, 1, 2, 3, 0x12, 2, 4, 5, 0x1a, 64, ...new Uint8Array(64).fill(9)));
  t.deepEqual(TxRaw.decode(out), raw);
  t.is((BinaryWriter.alloc(5) as Uint8Array).length, 5);
});
