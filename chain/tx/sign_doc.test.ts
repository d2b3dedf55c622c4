import test from 'ava';
import fc from 'fast-check';
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { makeSignBytes } from './sign_doc.js';

test('[tx/sign-doc]: sign bytes are the bytes cosmjs-types SignDoc.encode writes', (t) => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.oneof(fc.constant('marketchain-1'), fc.string({ maxLength: 50 })),
      fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n })),
      (bodyBytes, authInfoBytes, chainId, accountNumber) => {
        t.deepEqual(makeSignBytes(bodyBytes, authInfoBytes, chainId, accountNumber), SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish());
      },
    ),
    { numRuns: 3000 },
  );
});
