// Decoders of TxRaw, TxBody and AuthInfo (with SignerInfo, ModeInfo, Fee, Tip, CompactBitArray),
// written out as cosmjs-types' generated decoders are: same shapes (their types are cosmjs-types'),
// defaults, order of keys and handling of unknown fields, over the chain's ProtoReader, which reads
// its input in place and 64-bit fields into bigints directly (tx_proto.test.ts compares both on
// random messages and random bytes).
import type { CompactBitArray } from 'cosmjs-types/cosmos/crypto/multisig/v1beta1/multisig';
import type { AuthInfo, Fee, ModeInfo, ModeInfo_Multi, ModeInfo_Single, SignerInfo, Tip, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { nestedEnd, readAny, readCoin, readTimestamp } from '../codec/cosmos_proto.js';
import { ProtoReader } from '../codec/proto_reader.js';

export function decodeTxRaw(bytes: Uint8Array): TxRaw {
  const r = new ProtoReader(bytes);
  const m: TxRaw = { bodyBytes: new Uint8Array(), authInfoBytes: new Uint8Array(), signatures: [] };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.bodyBytes = r.bytes();
        break;
      case 2:
        m.authInfoBytes = r.bytes();
        break;
      case 3:
        m.signatures.push(r.bytes());
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

export function decodeTxBody(bytes: Uint8Array): TxBody {
  const r = new ProtoReader(bytes);
  const m: TxBody = { messages: [], memo: '', timeoutHeight: 0n, unordered: false, timeoutTimestamp: undefined, extensionOptions: [], nonCriticalExtensionOptions: [] };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.messages.push(readAny(r, nestedEnd(r)));
        break;
      case 2:
        m.memo = r.string();
        break;
      case 3:
        m.timeoutHeight = r.uint64();
        break;
      case 4:
        m.unordered = r.bool();
        break;
      case 5:
        m.timeoutTimestamp = readTimestamp(r, nestedEnd(r));
        break;
      case 1023:
        m.extensionOptions.push(readAny(r, nestedEnd(r)));
        break;
      case 2047:
        m.nonCriticalExtensionOptions.push(readAny(r, nestedEnd(r)));
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

export function decodeAuthInfo(bytes: Uint8Array): AuthInfo {
  const r = new ProtoReader(bytes);
  const m: AuthInfo = { signerInfos: [], fee: undefined, tip: undefined };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.signerInfos.push(readSignerInfo(r, nestedEnd(r)));
        break;
      case 2:
        m.fee = readFee(r, nestedEnd(r));
        break;
      case 3:
        m.tip = readTip(r, nestedEnd(r));
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

function readSignerInfo(r: ProtoReader, end: number): SignerInfo {
  const m: SignerInfo = { publicKey: undefined, modeInfo: undefined, sequence: 0n };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.publicKey = readAny(r, nestedEnd(r));
        break;
      case 2:
        m.modeInfo = readModeInfo(r, nestedEnd(r));
        break;
      case 3:
        m.sequence = r.uint64();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

function readModeInfo(r: ProtoReader, end: number): ModeInfo {
  const m: ModeInfo = { single: undefined, multi: undefined };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.single = readSingle(r, nestedEnd(r));
        break;
      case 2:
        m.multi = readMulti(r, nestedEnd(r));
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

function readSingle(r: ProtoReader, end: number): ModeInfo_Single {
  const m: ModeInfo_Single = { mode: 0 };
  while (r.pos < end) {
    const tag = r.uint32();
    if (tag >>> 3 === 1) m.mode = r.int32();
    else r.skipType(tag & 7);
  }
  return m;
}

function readMulti(r: ProtoReader, end: number): ModeInfo_Multi {
  const m: ModeInfo_Multi = { bitarray: undefined, modeInfos: [] };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.bitarray = readCompactBitArray(r, nestedEnd(r));
        break;
      case 2:
        m.modeInfos.push(readModeInfo(r, nestedEnd(r)));
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

function readCompactBitArray(r: ProtoReader, end: number): CompactBitArray {
  const m: CompactBitArray = { extraBitsStored: 0, elems: new Uint8Array() };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.extraBitsStored = r.uint32();
        break;
      case 2:
        m.elems = r.bytes();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

function readFee(r: ProtoReader, end: number): Fee {
  const m: Fee = { amount: [], gasLimit: 0n, payer: '', granter: '' };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.amount.push(readCoin(r, nestedEnd(r)));
        break;
      case 2:
        m.gasLimit = r.uint64();
        break;
      case 3:
        m.payer = r.string();
        break;
      case 4:
        m.granter = r.string();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}

function readTip(r: ProtoReader, end: number): Tip {
  const m: Tip = { amount: [], tipper: '' };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        m.amount.push(readCoin(r, nestedEnd(r)));
        break;
      case 2:
        m.tipper = r.string();
        break;
      default:
        r.skipType(tag & 7);
    }
  }
  return m;
}
