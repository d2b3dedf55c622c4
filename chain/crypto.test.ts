import test from 'ava';
import { addressFromPubkey, fromBech32, isAddress, pubkeyAddress, sha256, toBech32 } from './crypto.js';
import { toHex } from './codec/bytes.js';

test('[crypto]: sha256 of the empty input and "abc"', (t) => {
  t.is(toHex(sha256(new Uint8Array())), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  t.is(toHex(sha256(Uint8Array.of(0x61, 0x62, 0x63))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  t.is(sha256(Uint8Array.of(1)).constructor, Uint8Array);
});

test('[crypto]: decoded addresses are cached and shared (callers never write to them); bad input still throws', (t) => {
  const bytes = Uint8Array.from({ length: 20 }, (_, i) => i * 7);
  const addr = toBech32(bytes);
  const first = fromBech32(addr);
  t.deepEqual(first, bytes);
  t.is(fromBech32(addr), first, 'the second decode is the cached array itself');
  t.deepEqual(fromBech32(toBech32(bytes, 'cosmos'), 'cosmos'), bytes, 'another prefix is decoded, not cached');
  t.throws(() => fromBech32(addr, 'cosmos'), { message: /invalid address prefix: expected cosmos, got mkt/ });
  t.throws(() => fromBech32(addr.slice(0, -1) + (addr.endsWith('q') ? 'p' : 'q')), { message: /invalid bech32 address/ });
});

test('[crypto]: only the canonical lowercase spelling is an address (bech32 would also decode it in uppercase)', (t) => {
  const addr = toBech32(Uint8Array.from({ length: 20 }, (_, i) => 200 - i));
  t.true(isAddress(addr));
  t.false(isAddress(addr.toUpperCase()));
  t.throws(() => fromBech32(addr.toUpperCase()), { message: /use the canonical lowercase form/ });
  t.false(isAddress(addr.slice(0, 10) + addr.slice(10).toUpperCase()));
});

test('[crypto]: pubkeyAddress is the bech32 of ripemd160(sha256(pk))', (t) => {
  // The cosmos-sdk address of the compressed generator point G (secp256k1 private key 1).
  const g = Buffer.from('0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', 'hex');
  t.is(toHex(addressFromPubkey(g)), '751e76e8199196d454941c45d1b3a323f1433bd6');
  t.is(pubkeyAddress(g), toBech32(addressFromPubkey(g)));
  t.is(pubkeyAddress(Uint8Array.from(g)), toBech32(Buffer.from('751e76e8199196d454941c45d1b3a323f1433bd6', 'hex')));
});
