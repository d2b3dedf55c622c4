// cosmjs-types' BinaryWriter.alloc builds a fresh 8 KiB pool on every call (`pool(...)(size)` in its
// binary.js), so every encode of a small message would allocate and drop 8 KiB, a cost (and garbage
// to collect) on every tx of a block. Allocating the exact size yields the same bytes. Imported for its effect by
// the tx decoder, which every process that encodes or decodes txs loads.
import { BinaryWriter } from 'cosmjs-types/binary';

BinaryWriter.alloc = (size: number): Uint8Array => new Uint8Array(size);
