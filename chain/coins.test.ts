import test from 'ava';
import { coinsToString, coinToString, isValidDenom, normalizeCoins, parseCoins, toProtoCoins, validateDenom, validateProtoCoins } from './coins.js';

test('[coins]: denom rule: a letter then 2..127 of [a-zA-Z0-9/:._-]', (t) => {
  for (const d of ['umkt', 'uusdc', 'ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2', 'a.b', 'gamm/pool:1', 'x-y_z', 'a'.repeat(128)]) t.true(isValidDenom(d), d);
  for (const d of ['', 'ab', '1abc', '/abc', 'um kt', 'umkt!', 'a'.repeat(129), 'ümkt']) t.false(isValidDenom(d), d);
  t.throws(() => validateDenom('ab'), { message: 'invalid denom: "ab"' });
});

test('[coins]: parseCoins parses, sorts by denom and allows spaces around parts', (t) => {
  t.deepEqual(parseCoins('1000umkt,500uusdc'), [{ denom: 'umkt', amount: 1000n }, { denom: 'uusdc', amount: 500n }]);
  t.deepEqual(parseCoins('5uusdc, 7umkt'), [{ denom: 'umkt', amount: 7n }, { denom: 'uusdc', amount: 5n }]);
  t.deepEqual(parseCoins(''), []);
  t.deepEqual(parseCoins('  '), []);
  t.deepEqual(parseCoins('0umkt', true), [{ denom: 'umkt', amount: 0n }]);
});

test('[coins]: parseCoins rejects malformed, negative, zero, leading-zero and duplicate coins', (t) => {
  t.throws(() => parseCoins('-5umkt'), { message: 'invalid coin expression: "-5umkt"' });
  t.throws(() => parseCoins('umkt'), { message: 'invalid coin expression: "umkt"' });
  t.throws(() => parseCoins('10'), { message: 'invalid coin expression: "10"' });
  t.throws(() => parseCoins('1.5umkt'), { message: 'invalid coin expression: "1.5umkt"' });
  t.throws(() => parseCoins('10umkt,'), { message: 'invalid coin expression: ""' });
  t.throws(() => parseCoins('0umkt'), { message: 'invalid coin 0umkt: amount must be positive' });
  t.throws(() => parseCoins('01umkt'), { message: 'invalid coin amount: "01" is not a non-negative integer' });
  t.throws(() => parseCoins('5ab'), { message: 'invalid denom: "ab"' });
  t.throws(() => parseCoins('1umkt,2umkt'), { message: 'duplicate denom umkt' });
});

test('[coins]: formatting and proto conversion', (t) => {
  t.is(coinToString({ denom: 'umkt', amount: 12n }), '12umkt');
  t.is(coinsToString([{ denom: 'umkt', amount: 1n }, { denom: 'uusdc', amount: 2n }]), '1umkt,2uusdc');
  t.is(coinsToString([]), '');
  t.deepEqual(toProtoCoins([{ denom: 'umkt', amount: 10n ** 30n }]), [{ denom: 'umkt', amount: '1000000000000000000000000000000' }]);
  t.is(coinsToString(parseCoins('3uusdc,1umkt')), '1umkt,3uusdc');
});

test('[coins]: normalizeCoins sorts and rejects duplicates', (t) => {
  t.deepEqual(normalizeCoins([{ denom: 'uzz', amount: 1n }, { denom: 'uaa', amount: 2n }]), [{ denom: 'uaa', amount: 2n }, { denom: 'uzz', amount: 1n }]);
  t.throws(() => normalizeCoins([{ denom: 'uaa', amount: 1n }, { denom: 'uaa', amount: 2n }]), { message: 'duplicate denom uaa' });
});

test('[coins]: validateProtoCoins requires non-empty, sorted, unique, positive, canonical amounts', (t) => {
  t.deepEqual(validateProtoCoins([{ denom: 'umkt', amount: '5' }, { denom: 'uusdc', amount: '6' }]), [{ denom: 'umkt', amount: 5n }, { denom: 'uusdc', amount: 6n }]);
  t.throws(() => validateProtoCoins([]), { message: 'amount is empty' });
  t.throws(() => validateProtoCoins([], 'fee'), { message: 'fee is empty' });
  t.throws(() => validateProtoCoins([{ denom: 'umkt', amount: '0' }]), { message: 'amount of umkt must be positive' });
  t.throws(() => validateProtoCoins([{ denom: 'umkt', amount: '-1' }]), { message: 'invalid amount of umkt: "-1" is not a non-negative integer' });
  t.throws(() => validateProtoCoins([{ denom: 'umkt', amount: '' }]), { message: 'invalid amount of umkt: "" is not a non-negative integer' });
  t.throws(() => validateProtoCoins([{ denom: 'umkt', amount: '1.5' }]), { message: 'invalid amount of umkt: "1.5" is not a non-negative integer' });
  t.throws(() => validateProtoCoins([{ denom: 'uusdc', amount: '1' }, { denom: 'umkt', amount: '1' }]), { message: 'amount coins are not sorted by denom or contain duplicates' });
  t.throws(() => validateProtoCoins([{ denom: 'umkt', amount: '1' }, { denom: 'umkt', amount: '1' }]), { message: 'amount coins are not sorted by denom or contain duplicates' });
  t.throws(() => validateProtoCoins([{ denom: 'x', amount: '1' }]), { message: 'invalid denom: "x"' });
});
