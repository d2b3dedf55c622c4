import test from 'ava';
import fc from 'fast-check';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { decodeAccount, encodeAccount, SECP256K1_PUBKEY_TYPE, type Account } from './account_codec.js';

const cosmjsEncode = (a: Account) =>
  BaseAccount.encode(
    BaseAccount.fromPartial({
      address: a.address,
      accountNumber: a.accountNumber,
      sequence: a.sequence,
      pubKey: a.pubKey ? { typeUrl: SECP256K1_PUBKEY_TYPE, value: PubKey.encode({ key: a.pubKey }).finish() } : undefined,
    }),
  ).finish();

function cosmjsDecode(bytes: Uint8Array): Account {
  const b = BaseAccount.decode(bytes);
  return { address: b.address, accountNumber: b.accountNumber, sequence: b.sequence, pubKey: b.pubKey ? PubKey.decode(b.pubKey.value).key : undefined };
}

const u64 = fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 300n }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }));
const account = fc.record({
  address: fc.oneof(fc.string({ maxLength: 70 }), fc.string({ unit: 'binary', maxLength: 200 })),
  accountNumber: u64,
  sequence: u64,
  pubKey: fc.option(fc.uint8Array({ maxLength: 200 }), { nil: undefined }),
});

test('[auth/account-codec]: accounts encode to the bytes cosmjs-types writes and decode back to what it reads', (t) => {
  fc.assert(
    fc.property(account, (a) => {
      const bytes = encodeAccount(a);
      t.deepEqual(bytes, cosmjsEncode(a));
      t.deepEqual(decodeAccount(bytes), cosmjsDecode(bytes));
    }),
    { numRuns: 3000 },
  );
  const signer: Account = { address: 'mkt1qqqsyqcyq5rqwzqfpg9scrgwpugpzysn0n0v7k', accountNumber: 7n, sequence: 1234n, pubKey: new Uint8Array(33).fill(2) };
  t.deepEqual(decodeAccount(encodeAccount(signer)), signer);
});

test('[auth/account-codec]: any bytes decode as cosmjs-types decodes them, or fail where it fails', (t) => {
  const mutated = fc.tuple(account, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })).map(([a, edits]) => {
    const b = cosmjsEncode(a).slice();
    for (const [i, v] of edits) if (b.length > 0) b[i % b.length] = v;
    return b;
  });
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 120 }), mutated), (bytes) => {
      let want: Account | string;
      try {
        want = cosmjsDecode(bytes);
      } catch (e) {
        want = `throws ${(e as Error).constructor.name}`;
      }
      let got: Account | string;
      try {
        got = decodeAccount(bytes);
      } catch (e) {
        got = `throws ${(e as Error).constructor.name}`;
      }
      t.deepEqual(got, want);
    }),
    { numRuns: 5000 },
  );
});
