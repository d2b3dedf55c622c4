// Loading the chain leaves its third-party codecs as they ship: nothing in the process replaces an
// export of cosmjs-types or protobufjs (a reader, a writer, their methods, protobufjs' Long or its
// shared roots) for another user of them to inherit.
import test from 'ava';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

test('[codec]: loading the app and its modules and running a send leaves cosmjs-types and protobufjs exports untouched', async (t) => {
  const binary = require('cosmjs-types/binary') as typeof import('cosmjs-types/binary');
  const before = { reader: binary.BinaryReader, writer: binary.BinaryWriter, alloc: binary.BinaryWriter.alloc, methods: { ...Object.getOwnPropertyDescriptors(binary.BinaryReader.prototype) } };
  const protobuf = require('protobufjs/minimal.js') as typeof import('protobufjs/minimal.js');
  const pbBefore = { Long: protobuf.util.Long, reader: { ...Object.getOwnPropertyDescriptors(protobuf.Reader.prototype) }, create: protobuf.Reader.create, roots: Object.keys(protobuf.roots) };
  const { makeTestChain } = await import('../../test/helpers/app.js');
  const { sendMsg, signTx } = await import('../../test/helpers/accounts.js');
  const c = await makeTestChain(2);
  const a = c.accounts[0]!;
  const b = c.accounts[1]!;
  const tx = await signTx(a, [sendMsg(a.address, b.address, '5')], { accountNumber: 0, sequence: 0 });
  t.is(c.app.checkTx(tx).result.code, 0);
  t.deepEqual(c.block([tx]).txResults.map((r) => r.code), [0]);
  const after = require('cosmjs-types/binary') as typeof import('cosmjs-types/binary');
  t.is(after.BinaryReader, before.reader);
  t.is(after.BinaryWriter, before.writer);
  t.is(after.BinaryWriter.alloc, before.alloc);
  t.deepEqual(Object.getOwnPropertyDescriptors(after.BinaryReader.prototype), before.methods);
  t.is(protobuf.util.Long, pbBefore.Long);
  t.truthy(protobuf.util.Long, 'protobufjs keeps long.js');
  t.deepEqual(Object.getOwnPropertyDescriptors(protobuf.Reader.prototype), pbBefore.reader);
  t.deepEqual(Object.keys(protobuf.roots), pbBefore.roots);
  // cosmjs-types' own behaviour: its reader copies the input, its writer allocates from an 8 KiB pool.
  const input = Uint8Array.of(1, 2, 3);
  t.not(new after.BinaryReader(input).buf, input);
  t.is((after.BinaryWriter.alloc(16) as Uint8Array).buffer.byteLength, 8192);
});
