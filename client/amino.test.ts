// The chain's SIGN_MODE_LEGACY_AMINO_JSON sign bytes against cosmjs's: for every message type, random
// messages, fees, memos, timeout heights, account numbers and sequences go through cosmjs's amino path
// (AminoTypes.toAmino, makeSignDoc, serializeSignDoc; the tx body from fromAmino, as SigningStargateClient's
// signAmino builds it), and the chain, given only the tx bytes, builds the same sign bytes. The module
// declarations are checked against tx.proto, and every route of the app has one.
import test from 'ava';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSignDoc, serializeSignDoc, type StdFee } from '@cosmjs/amino';
import { makeAuthInfoBytes, encodePubkey } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import type { AminoFields, AminoKind } from '../chain/codec/amino_json.js';
import { aminoSignBytes, decodeForAmino } from '../chain/tx/amino_sign_doc.js';
import { decodeTx } from '../chain/tx/decode.js';
import { BANK_AMINO } from '../modules/bank/amino.js';
import { appModules } from '../node/app_factory.js';
import { marketchainAminoTypes, marketchainRegistry, MODULE_AMINO } from './index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const routes = new Map(appModules().flatMap((m) => m.msgs.map((route) => [route.typeUrl, { route }] as const)));
const registry = marketchainRegistry();
const aminoTypes = marketchainAminoTypes();
const PUBKEY = encodePubkey(encodeSecp256k1Pubkey(new Uint8Array([2, ...new Array(32).fill(7)])));

test('[client/amino]: every message route of the app has an Amino declaration; names are mkt/<mm|amm|repo>/MsgX and cosmos-sdk/MsgSend', (t) => {
  const all = { ...BANK_AMINO, ...MODULE_AMINO };
  t.deepEqual([...routes.keys()].sort(), Object.keys(all).sort());
  for (const [url, a] of Object.entries(all)) {
    const msg = url.slice(url.lastIndexOf('.') + 1);
    const short = { moneymarket: 'mm', amm: 'amm', repo: 'repo', bank: '' }[url.split('.')[1] === 'bank' ? 'bank' : url.split('.')[1]!]!;
    t.is(a.name, short ? `mkt/${short}/${msg}` : 'cosmos-sdk/MsgSend', url);
    t.true(a.name.length < 40);
    t.is(routes.get(url)!.route.amino, a);
  }
  t.is(MODULE_AMINO['/marketchain.moneymarket.v1.MsgSupply']!.name, 'mkt/mm/MsgSupply');
  t.is(MODULE_AMINO['/marketchain.amm.v1.MsgSwapExactIn']!.name, 'mkt/amm/MsgSwapExactIn');
  t.is(MODULE_AMINO['/marketchain.repo.v1.MsgRevealReport']!.name, 'mkt/repo/MsgRevealReport');
});

/** A declaration's fields against the proto message: same names, order and kinds. */
function protoKinds(type: protobuf.Type): unknown[] {
  return type.fieldsArray
    .sort((a, b) => a.id - b.id)
    .map((f) => {
      f.resolve();
      if (f.resolvedType instanceof protobuf.Type) return [f.name, f.repeated ? { repeated: protoKinds(f.resolvedType) } : { message: protoKinds(f.resolvedType) }];
      return [f.name, f.repeated ? `repeated_${f.type}` : f.type];
    });
}
const declKinds = (fields: AminoFields): unknown[] =>
  fields.map(([n, k]) => [n, typeof k === 'string' ? k : 'message' in k ? { message: declKinds(k.message) } : { repeated: declKinds(k.repeated) }]);

test('[client/amino]: the module declarations have the fields of tx.proto, in order, with their kinds', (t) => {
  for (const m of ['moneymarket', 'amm', 'repo']) {
    // pbjs compiles a module's files together: tx.proto uses state.proto's types without an import.
    const dir = join(ROOT, 'proto/marketchain', m, 'v1');
    const root = new protobuf.Root().loadSync(['tx.proto', 'state.proto'].map((f) => join(dir, f)).filter((f) => existsSync(f)), { keepCase: true });
    const pkg = root.lookup(`marketchain.${m}.v1`) as protobuf.Namespace;
    const msgs = pkg.nestedArray.filter((x): x is protobuf.Type => x instanceof protobuf.Type && x.name.startsWith('Msg') && !x.name.endsWith('Response'));
    t.deepEqual(msgs.map((x) => `/marketchain.${m}.v1.${x.name}`).sort(), Object.keys(MODULE_AMINO).filter((u) => u.includes(`.${m}.`)).sort());
    for (const x of msgs) t.deepEqual(declKinds(MODULE_AMINO[`/marketchain.${m}.v1.${x.name}`]!.fields), protoKinds(x), x.name);
  }
});

const U53 = 2 ** 53 - 1;
const addr = fc.constantFrom('mkt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du', 'mkt1zg69v7ys40x77y352eufp27daufrg4ncfrjz0m', '');
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '0', '1000', 'a&b<c>', '\u2028é\n"\\'), addr);
const coin = fc.record({ denom: fc.constantFrom('umkt', 'uusdc', 'ibc/ABC'), amount: fc.bigInt(0n, 10n ** 30n).map(String) });

function valueArb(fields: AminoFields): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(fields.map(([n, k]) => [n.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), kindArb(k)])));
}
function kindArb(k: AminoKind): fc.Arbitrary<unknown> {
  switch (k) {
    case 'string': return text;
    case 'uint32': return fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
    case 'uint64': return fc.oneof(fc.constant(0), fc.integer({ min: 0, max: U53 }));
    case 'bool': return fc.boolean();
    case 'bytes': return fc.uint8Array({ maxLength: 40 });
    case 'repeated_bytes': return fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 3 });
    case 'coins': return fc.array(coin, { maxLength: 3 });
    default:
      if ('message' in k) return fc.option(valueArb(k.message), { nil: null });
      return fc.array(valueArb(k.repeated), { maxLength: 3 });
  }
}

const ALL = { ...BANK_AMINO, ...MODULE_AMINO };
// MsgSend's addresses are never empty once it passed validateBasic (the ante builds the sign doc after
// it); cosmjs's converter writes an empty one, the SDK's encoder omits it, as the chain does.
const validAddr = fc.constantFrom('mkt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du', 'mkt1zg69v7ys40x77y352eufp27daufrg4ncfrjz0m');
const sendArb = fc.record({ fromAddress: validAddr, toAddress: validAddr, amount: fc.array(coin, { maxLength: 3 }) });
const msgArb = fc
  .constantFrom(...Object.keys(ALL))
  .chain((typeUrl) => (typeUrl in BANK_AMINO ? sendArb : valueArb(ALL[typeUrl]!.fields)).map((value) => ({ typeUrl, value })));

test('[client/amino]: the chain builds the sign bytes cosmjs signs (serializeSignDoc(makeSignDoc(...))) for every message type', (t) => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(
      fc.array(msgArb, { minLength: 1, maxLength: 3 }),
      fc.record({ amount: fc.array(coin, { maxLength: 2 }), gas: fc.integer({ min: 1, max: 100_000_000 }).map(String) }),
      text,
      fc.option(fc.bigInt(1n, 2n ** 63n), { nil: undefined }),
      fc.bigInt(0n, 2n ** 64n - 1n),
      fc.integer({ min: 0, max: U53 }),
      fc.constantFrom('marketchain-1', 'a&b'),
      (msgs, fee: StdFee, memo, timeoutHeight, accountNumber, sequence, chainId) => {
        for (const m of msgs) seen.add(m.typeUrl);
        // As SigningStargateClient.signAmino: the sign doc from toAmino, the body from fromAmino of the signed msgs.
        const aminoMsgs = msgs.map((m) => aminoTypes.toAmino(m));
        const doc = makeSignDoc(aminoMsgs, fee, chainId, memo, accountNumber.toString(), sequence, timeoutHeight);
        const bodyBytes = registry.encodeTxBody({ messages: doc.msgs.map((m) => aminoTypes.fromAmino(m)), memo: doc.memo, timeoutHeight });
        const authInfoBytes = makeAuthInfoBytes([{ pubkey: PUBKEY, sequence }], fee.amount, Number(fee.gas), undefined, undefined, SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
        const tx = decodeTx(TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [new Uint8Array(64)] }).finish());
        const chain = aminoSignBytes(tx, decodeForAmino(tx, routes), chainId, accountNumber, BigInt(sequence));
        t.is(Buffer.from(chain).toString('utf8'), Buffer.from(serializeSignDoc(doc)).toString('utf8'));
      },
    ),
    { numRuns: 400 },
  );
  t.deepEqual([...seen].sort(), Object.keys(ALL).sort());
});

test('[client/amino]: a pinned sign doc (MsgSwapExactIn): sorted keys, uint64 as strings, empty fields omitted, & < > escaped', (t) => {
  const value = { sender: 'mkt1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du', poolId: 7, denomIn: 'umkt', amountIn: '1000', minAmountOut: '', sqrtPriceLimitX96: '' };
  const msg = aminoTypes.toAmino({ typeUrl: '/marketchain.amm.v1.MsgSwapExactIn', value });
  t.deepEqual(msg, { type: 'mkt/amm/MsgSwapExactIn', value: { sender: value.sender, pool_id: '7', denom_in: 'umkt', amount_in: '1000' } });
  const fee = { amount: [{ denom: 'umkt', amount: '5000' }], gas: '200000' };
  const bodyBytes = registry.encodeTxBody({ messages: [{ typeUrl: '/marketchain.amm.v1.MsgSwapExactIn', value }], memo: 'a<b' });
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: PUBKEY, sequence: 3 }], fee.amount, 200000, undefined, undefined, SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
  const tx = decodeTx(TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [new Uint8Array(64)] }).finish());
  t.is(
    Buffer.from(aminoSignBytes(tx, decodeForAmino(tx, routes), 'marketchain-1', 12n, 3n)).toString(),
    '{"account_number":"12","chain_id":"marketchain-1","fee":{"amount":[{"amount":"5000","denom":"umkt"}],"gas":"200000"},"memo":"a\\u003cb",' +
      `"msgs":[{"type":"mkt/amm/MsgSwapExactIn","value":{"amount_in":"1000","denom_in":"umkt","pool_id":"7","sender":"${value.sender}"}}],"sequence":"3"}`,
  );
});
