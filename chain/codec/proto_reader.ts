// The protobuf wire reader of the chain's own decoders (tx_proto.ts, cosmos_proto.ts, the bank's
// MsgSend). It reads exactly as cosmjs-types' BinaryReader does, field for field and error for error
// (proto_reader.test.ts compares both on random bytes), so a tx decodes to the same values and fails
// with the same messages, but:
// - its input is read in place, not copied first: decoded `bytes` fields are views into the input
//   (tx bytes, store reads and request data are never written to after they are received);
// - a string that is plain ASCII, as addresses, denoms, amounts and type URLs are, is read natively
//   instead of through an array of char codes; other bytes go through cosmjs-types' utf8Read;
// - 64-bit varints become bigints straight from their two 32-bit halves, not through a decimal string.
// A Buffer input is viewed as a plain Uint8Array, so bytes fields are plain Uint8Arrays, as
// cosmjs-types gives them.
import { isAscii } from 'node:buffer';
import { utf8Read } from 'cosmjs-types/utf8';
import { toBinaryString } from './bytes.js';

/** The string protobuf bytes hold, exactly as cosmjs-types' utf8Read reads them. */
export function readProtoString(bytes: Uint8Array): string {
  return isAscii(bytes) ? toBinaryString(bytes) : utf8Read(bytes, 0, bytes.length);
}

const TWO_32 = 0x100000000;

export class ProtoReader {
  readonly buf: Uint8Array;
  pos = 0;
  readonly len: number;

  constructor(buf: Uint8Array) {
    this.buf = buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    this.len = buf.length;
  }

  /** An index past the end reads as 0, as in cosmjs-types; the bounds are checked once the varint ends. */
  private next(): number {
    return this.buf[this.pos++] ?? 0;
  }

  private assertBounds(): void {
    if (this.pos > this.len) throw new RangeError('premature EOF');
  }

  uint32(): number {
    let result = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = this.next();
      result |= (b & 0x7f) << shift;
      if (b < 0x80) {
        this.assertBounds();
        return result;
      }
    }
    let b = this.next();
    result |= (b & 0x0f) << 28;
    for (let read = 5; (b & 0x80) !== 0 && read < 10; read++) b = this.next();
    if ((b & 0x80) !== 0) throw new Error('invalid varint');
    this.assertBounds();
    return result >>> 0;
  }

  /**
   * Reads the fields of one message up to `end` into `m`: `field(m, number, reader)` reads the value of
   * a field it knows and returns true; any other field is skipped by its wire type (as the generated
   * decoders do). `end` is where the message ends (`reader.len` for a whole input, or the position
   * after a nested message's length plus that length, as cosmjs-types' `decode(reader, length)`).
   */
  message<T>(end: number, m: T, field: (m: T, num: number, r: ProtoReader) => boolean): T {
    while (this.pos < end) {
      const tag = this.uint32();
      if (!field(m, tag >>> 3, this)) this.skipType(tag & 7);
    }
    return m;
  }

  /** A nested message whose length is read next, read by `message`. */
  nested<T>(m: T, field: (m: T, num: number, r: ProtoReader) => boolean): T {
    const length = this.uint32();
    return this.message(this.pos + length, m, field);
  }

  int32(): number {
    return this.uint32() | 0;
  }

  /** The two 32-bit halves of a 64-bit varint (as signed 32-bit numbers), in `lo` and `hi`. */
  private lo = 0;
  private hi = 0;
  private varint64(): void {
    let lo = 0;
    let hi = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const b = this.next();
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) return this.halves(lo, hi);
    }
    const middle = this.next();
    lo |= (middle & 0x0f) << 28;
    hi = (middle & 0x70) >> 4;
    if (middle < 0x80) return this.halves(lo, hi);
    for (let shift = 3; shift <= 31; shift += 7) {
      const b = this.next();
      hi |= (b & 0x7f) << shift;
      if (b < 0x80) return this.halves(lo, hi);
    }
    throw new Error('invalid varint');
  }

  private halves(lo: number, hi: number): void {
    this.assertBounds();
    this.lo = lo;
    this.hi = hi;
  }

  uint64(): bigint {
    this.varint64();
    const lo = this.lo >>> 0;
    const hi = this.hi >>> 0;
    // Below 2^53 a double holds the value exactly.
    return hi <= 0x1fffff ? BigInt(hi * TWO_32 + lo) : (BigInt(hi) << 32n) | BigInt(lo);
  }

  int64(): bigint {
    return BigInt.asIntN(64, this.uint64());
  }

  bool(): boolean {
    this.varint64();
    return this.lo !== 0 || this.hi !== 0;
  }

  bytes(): Uint8Array {
    const len = this.uint32();
    const start = this.pos;
    this.pos += len;
    this.assertBounds();
    return this.buf.subarray(start, start + len);
  }

  string(): string {
    return readProtoString(this.bytes());
  }

  private skip(length?: number): void {
    if (length !== undefined) {
      if (this.pos + length > this.len) throw this.indexOutOfRange(length);
      this.pos += length;
      return;
    }
    do {
      if (this.pos >= this.len) throw this.indexOutOfRange();
    } while ((this.buf[this.pos++]! & 128) !== 0);
  }

  private indexOutOfRange(length?: number): RangeError {
    return new RangeError(`index out of range: ${this.pos} + ${length || 1} > ${this.len}`);
  }

  /** Skips a field value of an unknown field number. */
  skipType(wireType: number): void {
    switch (wireType) {
      case 0:
        this.skip();
        break;
      case 1:
        this.skip(8);
        break;
      case 2:
        this.skip(this.uint32());
        break;
      case 3:
        while ((wireType = this.uint32() & 7) !== 4) this.skipType(wireType);
        break;
      case 5:
        this.skip(4);
        break;
      default:
        throw new Error(`invalid wire type ${wireType} at offset ${this.pos}`);
    }
  }
}
