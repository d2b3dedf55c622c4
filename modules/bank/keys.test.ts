import test from 'ava';
import fc from 'fast-check';
import { concat, lengthPrefixed, utf8 } from '../../chain/codec/bytes.js';
import { addressBalancesPrefix, BALANCES_PREFIX, balanceKey, parseBalanceKey } from './keys.js';

test('[bank/keys]: a balance key is 0x02|len|addr|denom, starts with the address prefix and parses back', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 20, maxLength: 32 }), fc.string({ maxLength: 40 }), (addr, denom) => {
      const k = balanceKey(addr, denom);
      t.deepEqual(k, concat(BALANCES_PREFIX, lengthPrefixed(addr), utf8(denom)));
      t.deepEqual(k.subarray(0, 2 + addr.length), addressBalancesPrefix(addr));
      const p = parseBalanceKey(k);
      return p.denom === denom && Buffer.from(p.addr).equals(Buffer.from(addr));
    }),
    { numRuns: 500, seed: 7 },
  );
  t.deepEqual(balanceKey(Uint8Array.of(1, 2), 'umkt'), Uint8Array.of(0x02, 2, 1, 2, 0x75, 0x6d, 0x6b, 0x74));
  t.throws(() => balanceKey(new Uint8Array(256), 'umkt'), { instanceOf: RangeError });
});
