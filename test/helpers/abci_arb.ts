// fast-check arbitraries of every ABCI message, built from the reflection JSON that
// scripts/cometbft_proto.mjs writes next to the generated code (proto/gen/cometbft_abci.json), so a
// field CometBFT adds is covered without touching the tests. 64-bit fields stay within safe
// integers (the generated code reads them as numbers).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import protobuf from 'protobufjs';

const JSON_PATH = fileURLToPath(new URL('../../../proto/gen/cometbft_abci.json', import.meta.url));
export const abciReflection = protobuf.Root.fromJSON(JSON.parse(readFileSync(JSON_PATH, 'utf8')));
abciReflection.resolveAll();

const SAFE = Number.MAX_SAFE_INTEGER;
const scalars: Record<string, fc.Arbitrary<unknown>> = {
  bool: fc.boolean(),
  string: fc.string({ maxLength: 12, unit: 'grapheme' }),
  bytes: fc.uint8Array({ maxLength: 40 }),
  int32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  sint32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  sfixed32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  uint32: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  fixed32: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  int64: fc.oneof(fc.integer({ min: -SAFE, max: SAFE }), fc.integer({ min: -1000, max: 1000 })),
  sint64: fc.integer({ min: -SAFE, max: SAFE }),
  sfixed64: fc.integer({ min: -SAFE, max: SAFE }),
  uint64: fc.oneof(fc.integer({ min: 0, max: SAFE }), fc.nat(1000)),
  fixed64: fc.integer({ min: 0, max: SAFE }),
};

const memo = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

function fieldArb(field: protobuf.Field, depth: number): fc.Arbitrary<unknown> {
  const t = field.resolvedType;
  let one: fc.Arbitrary<unknown>;
  if (t instanceof protobuf.Enum) one = fc.constantFrom(...Object.values(t.values));
  else if (t instanceof protobuf.Type) one = messageArb(t, depth + 1);
  else {
    const s = scalars[field.type];
    if (s === undefined) throw new Error(`no arbitrary for ${field.type}`);
    one = s;
  }
  return field.repeated ? fc.array(one, { maxLength: depth > 2 ? 1 : 3 }) : one;
}

/** A plain object of the message (the generated `$Properties` shape): any subset of its fields, one member of each oneof. */
export function messageArb(type: protobuf.Type, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const key = `${type.fullName}@${Math.min(depth, 4)}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const inOneof = new Set(type.oneofsArray.flatMap((o) => o.oneof));
  const plain: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of type.fieldsArray) {
    if (inOneof.has(f.name)) continue;
    if (depth > 4 && f.resolvedType instanceof protobuf.Type) continue;
    plain[f.name] = fieldArb(f, depth);
  }
  let arb: fc.Arbitrary<Record<string, unknown>> = fc.record(plain, { requiredKeys: [] });
  for (const o of type.oneofsArray) {
    const members = o.fieldsArray.map((f) => fieldArb(f, depth).map((v) => ({ [f.name]: v })));
    arb = fc.tuple(arb, fc.oneof(...members)).map(([a, b]) => ({ ...a, ...b }));
  }
  memo.set(key, arb);
  return arb;
}

/** The members of Request's or Response's oneof `value` (the request/response kinds). */
export function kinds(of: 'Request' | 'Response'): { name: string; type: protobuf.Type }[] {
  const t = abciReflection.lookupType(`tendermint.abci.${of}`);
  return t.oneofs.value!.fieldsArray.map((f) => ({ name: f.name, type: f.resolvedType as protobuf.Type }));
}
