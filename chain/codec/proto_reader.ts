// cosmjs-types' BinaryReader.string decodes UTF-8 in JavaScript: it fills an array with char codes and
// spreads a copy of it into String.fromCharCode, so every address, denom, amount and type URL read
// from a tx or an account would allocate two arrays, on the path of every tx. A string
// that is plain ASCII, as those are, is read natively here with the same result; any other bytes go
// through cosmjs-types' own decoder, so nothing decodes differently (invalid UTF-8 included).
// Imported for its effect by the tx decoder, which every process that decodes txs loads.
import { isAscii } from 'node:buffer';
import { createRequire } from 'node:module';
import { BinaryReader } from 'cosmjs-types/binary';
import { utf8Read } from 'cosmjs-types/utf8';
import { toBinaryString } from './bytes.js';

/** The string protobuf bytes hold, exactly as cosmjs-types' utf8Read reads them. */
export function readProtoString(bytes: Uint8Array): string {
  return isAscii(bytes) ? toBinaryString(bytes) : utf8Read(bytes, 0, bytes.length);
}

BinaryReader.prototype.string = function (this: BinaryReader): string {
  return readProtoString(this.bytes());
};

// cosmjs-types' BinaryReader constructor copies its whole input (`new Uint8Array(buf)`), and every
// generated decode builds one, so each TxBody, AuthInfo, PubKey, MsgSend, … decoded would first copy
// its bytes, a cost and garbage paid by every tx. The generated decoders look the
// class up on the module's exports at every call (`new binary_1.BinaryReader(input)`), so it is replaced
// there by a constructor that reads the input in place. Decoded `bytes` fields become views into the
// input instead of into a private copy; the inputs decoded here (tx bytes, store reads, request data)
// are never written to after they are received, so the same values come out.
interface ReaderFields {
  buf: Uint8Array;
  pos: number;
  type: number;
  len: number;
}
function InPlaceReader(this: ReaderFields, buf?: ArrayLike<number>): void {
  // A Buffer is viewed as a plain Uint8Array, so decoded bytes fields are plain Uint8Arrays, as cosmjs-types' reader gives them.
  if (buf instanceof Uint8Array) this.buf = buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  else this.buf = buf ? new Uint8Array(buf) : new Uint8Array(0);
  this.pos = 0;
  this.type = 0;
  this.len = this.buf.length;
}
InPlaceReader.prototype = BinaryReader.prototype; // `instanceof` holds either way
const binaryExports = createRequire(import.meta.url)('cosmjs-types/binary') as { BinaryReader: unknown };
binaryExports.BinaryReader = InPlaceReader;
