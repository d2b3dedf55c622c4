// cosmjs-types' BinaryReader.string decodes UTF-8 in JavaScript: it fills an array with char codes and
// spreads a copy of it into String.fromCharCode, so every address, denom, amount and type URL read
// from a tx or an account allocated two arrays (≈ 14 % of the bytes a replay allocates). A string
// that is plain ASCII, as those are, is read natively here with the same result; any other bytes go
// through cosmjs-types' own decoder, so nothing decodes differently (invalid UTF-8 included).
// Imported for its effect by the tx decoder, which every process that decodes txs loads.
import { isAscii } from 'node:buffer';
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
