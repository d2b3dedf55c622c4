// The ABCI socket framing of CometBFT v0.38 (libs/protoio): each message is its length as an
// unsigned varint (LEB128, at most 10 bytes) followed by that many bytes of protobuf.

/** CometBFT's own cap on one ABCI message (abci/types/messages.go maxMsgSize). */
export const DEFAULT_MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

/** The unsigned varint of n (a non-negative safe integer). */
export function encodeUvarint(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`uvarint of ${n}`);
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Uint8Array.from(out);
}

/** One message with its length prefix. */
export function encodeFrame(message: Uint8Array): Buffer {
  const prefix = encodeUvarint(message.length);
  const out = Buffer.allocUnsafe(prefix.length + message.length);
  out.set(prefix, 0);
  out.set(message, prefix.length);
  return out;
}

export class FrameError extends Error {}

/**
 * Splits a byte stream into messages. `push` a chunk, then take the complete messages it returns;
 * it throws a FrameError on a length above the cap (before its body arrives) or a malformed varint.
 * `pending` tells whether a partial frame is buffered (a stream ending then was truncated).
 */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);
  /** Chunks of a large frame's body, joined once it is complete (not on every chunk). */
  private parts: Buffer[] = [];
  private partsBytes = 0;
  private need = 0;

  constructor(readonly maxMessageBytes: number = DEFAULT_MAX_MESSAGE_BYTES) {}

  get pending(): number {
    return this.buf.length + this.partsBytes;
  }

  push(chunk: Buffer): Buffer[] {
    if (this.need > 0) {
      this.parts.push(chunk);
      this.partsBytes += chunk.length;
      if (this.buf.length + this.partsBytes < this.need) return [];
      chunk = Buffer.concat(this.parts);
      this.parts = [];
      this.partsBytes = 0;
      this.need = 0;
    }
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: Buffer[] = [];
    let pos = 0;
    for (;;) {
      const head = this.readLength(pos);
      if (head === undefined) break;
      const [len, bodyStart] = head;
      if (this.buf.length - bodyStart < len) {
        this.need = bodyStart - pos + len;
        break;
      }
      out.push(this.buf.subarray(bodyStart, bodyStart + len));
      pos = bodyStart + len;
    }
    this.buf = pos === this.buf.length ? Buffer.alloc(0) : this.buf.subarray(pos);
    return out;
  }

  /** [length, offset of the body] of the frame at pos, or undefined while its prefix is incomplete. */
  private readLength(pos: number): [number, number] | undefined {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (pos + i >= this.buf.length) return undefined;
      const b = this.buf[pos + i]!;
      value += (b & 0x7f) * scale;
      scale *= 0x80;
      if (value > this.maxMessageBytes) throw new FrameError(`message length above the cap of ${this.maxMessageBytes} bytes`);
      if (b < 0x80) return [value, pos + i + 1];
    }
    throw new FrameError('length prefix is not a varint of at most 10 bytes');
  }
}
