// The result codes of a block's txs, read from the raw bytes of a `block_results` JSON-RPC answer
// as they arrive, without decoding or parsing it: with 5,000 bank sends a block's results are ≈ 10 MB
// of JSON (every tx's events). JSON.parse of it was most of the load generator's CPU, and then joining
// the chunks and decoding them to a string most of the rest; on a 2-core machine that is taken from the
// node being measured.
//
// Each ExecTxResult is an object whose first key is "code" (CometBFT's field order, node/rpc/format.ts),
// so `{"code":` starts one tx result. The text cannot occur inside a JSON string (a quote there is
// written \"), nor elsewhere in the answer (events and attributes start with "type" and "key"), and no
// byte of it occurs inside a multi-byte UTF-8 character. When the count of tx results found is not the
// one expected, the caller parses the answer instead.

const MARK = '{"code":';
const MARK_BYTES = Buffer.from(MARK, 'latin1');

/** Scans an answer chunk by chunk; a mark or a code split across two chunks is found all the same. */
export class TxCodeScanner {
  private readonly codes: number[] = [];
  private bad = false;
  /** The unexamined end of the previous chunk: part of a mark, or a mark whose digits may go on. */
  private carry: Uint8Array | undefined;

  push(chunk: Uint8Array): void {
    this.scan(chunk, false);
  }

  /** The codes, in order, when there are exactly `expected` of them. */
  finish(expected: number): number[] | undefined {
    if (this.carry) this.scan(new Uint8Array(0), true);
    return !this.bad && this.codes.length === expected ? this.codes : undefined;
  }

  private scan(chunk: Uint8Array, end: boolean): void {
    if (this.bad) return;
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    this.carry = undefined;
    let pos = 0;
    for (let at = buf.indexOf(MARK_BYTES, pos); at >= 0; at = buf.indexOf(MARK_BYTES, pos)) {
      let i = at + MARK_BYTES.length;
      let code = 0;
      for (; i < buf.length && buf[i]! >= 48 && buf[i]! <= 57; i++) code = code * 10 + (buf[i]! - 48);
      if (i === buf.length && !end) {
        this.carry = buf.subarray(at); // the digits may go on in the next chunk
        return;
      }
      if (i === at + MARK_BYTES.length) {
        this.bad = true;
        return;
      }
      this.codes.push(code);
      pos = i;
    }
    // A mark may start in the last bytes and end in the next chunk: keep the tail only when it is the
    // start of a mark (rare), so the next chunk is seldom copied to be joined to it.
    if (end) return;
    for (let k = Math.max(pos, buf.length - (MARK_BYTES.length - 1)); k < buf.length; k++) {
      if (buf[k] === MARK_BYTES[0] && startsMark(buf, k)) {
        this.carry = buf.subarray(k);
        return;
      }
    }
  }
}

/** Whether the bytes from `k` to the end of `buf` are the first bytes of a mark. */
function startsMark(buf: Uint8Array, k: number): boolean {
  for (let i = k; i < buf.length; i++) if (buf[i] !== MARK_BYTES[i - k]) return false;
  return true;
}

/** The codes of the tx results in `text`, in order, when there are exactly `expected` of them. */
export function scanTxCodes(text: string, expected: number): number[] | undefined {
  const s = new TxCodeScanner();
  s.push(Buffer.from(text, 'utf8'));
  return s.finish(expected);
}
