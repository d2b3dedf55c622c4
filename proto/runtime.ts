// The protobufjs runtime the generated module code (proto/gen/<m>.js) is built against (`pbjs
// --dependency`, scripts/proto_gen.mjs): protobufjs/minimal as it ships, seen through a runtime whose
// 64-bit fields are JS numbers. Modules reject a value above 2^53 with Number.isSafeInteger, so no
// precision is silently lost. protobufjs itself is not configured or changed: its util, its reader
// classes and its shared `roots` stay as they are for any other user in the process.
//  - `util.Long` reads as null here, so the generated code takes its number branches (defaults,
//    fromObject, toObject);
//  - the readers are protobufjs' own (its Reader, and its BufferReader for a Buffer input, exactly
//    as Reader.create picks them) with the five 64-bit reads giving numbers: the value its Long
//    gives as a number, which is the value protobufjs reads when it has no Long.
import protobuf from 'protobufjs/minimal.js';

type Read64 = () => unknown;
const READS_64 = ['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64'] as const;

/** A protobufjs Long (or a number, if protobufjs has no Long) as a number. */
const toNumber = (v: unknown): number => (typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber());

function with64BitNumbers(proto: object, base: object): void {
  for (const name of READS_64) {
    const read = (base as Record<string, Read64>)[name]!;
    Object.defineProperty(proto, name, {
      value: function (this: protobuf.Reader) {
        return toNumber(read.call(this));
      },
      writable: true,
      configurable: true,
    });
  }
}

class NumberReader extends protobuf.Reader {
  /** As protobufjs' Reader.create: a BufferReader for a Buffer, a Reader for any other Uint8Array (or array). */
  static override create(buffer: Uint8Array | number[]): protobuf.Reader {
    if (Buffer.isBuffer(buffer)) return new NumberBufferReader(buffer);
    if (Array.isArray(buffer)) buffer = new Uint8Array(buffer);
    if (buffer instanceof Uint8Array) return new NumberReader(buffer);
    throw Error('illegal buffer');
  }

  /** Either reader counts as one of this runtime's (the generated decoders test `reader instanceof $Reader`). */
  static override [Symbol.hasInstance](x: unknown): boolean {
    return Object.prototype.isPrototypeOf.call(NumberReader.prototype, x as object) || Object.prototype.isPrototypeOf.call(NumberBufferReader.prototype, x as object);
  }
}

class NumberBufferReader extends protobuf.BufferReader {}

with64BitNumbers(NumberReader.prototype, protobuf.Reader.prototype);
with64BitNumbers(NumberBufferReader.prototype, protobuf.BufferReader.prototype);

const util: typeof protobuf.util = Object.create(protobuf.util, { Long: { value: null, enumerable: true } });

/** What the generated code imports as `$protobuf`. */
const runtime = { ...protobuf, Reader: NumberReader, util, roots: {} as Record<string, unknown> };
export default runtime;
