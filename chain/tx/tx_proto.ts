// Decoders of TxRaw, TxBody and AuthInfo (with SignerInfo, ModeInfo, Fee, Tip, CompactBitArray),
// reading what cosmjs-types' generated decoders read: same shapes (their types are cosmjs-types'),
// defaults, order of keys and handling of unknown fields, over the chain's ProtoReader, which reads
// its input in place and 64-bit fields into bigints directly (tx_proto.test.ts compares both on
// random messages, altered encodings and random bytes). A `…Fields` function reads one field of its
// message (see ProtoReader.message).
import type { CompactBitArray } from 'cosmjs-types/cosmos/crypto/multisig/v1beta1/multisig';
import type { AuthInfo, Fee, ModeInfo, ModeInfo_Multi, ModeInfo_Single, SignerInfo, Tip, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { anyFields, coinFields, newAny, newCoin, newTimestamp, timestampFields } from '../codec/cosmos_proto.js';
import { ProtoReader } from '../codec/proto_reader.js';

function txRawFields(m: TxRaw, num: number, r: ProtoReader): boolean {
  if (num === 1) m.bodyBytes = r.bytes();
  else if (num === 2) m.authInfoBytes = r.bytes();
  else if (num === 3) m.signatures.push(r.bytes());
  else return false;
  return true;
}

function txBodyFields(m: TxBody, num: number, r: ProtoReader): boolean {
  switch (num) {
    case 1:
      m.messages.push(r.nested(newAny(), anyFields));
      return true;
    case 2:
      m.memo = r.string();
      return true;
    case 3:
      m.timeoutHeight = r.uint64();
      return true;
    case 4:
      m.unordered = r.bool();
      return true;
    case 5:
      m.timeoutTimestamp = r.nested(newTimestamp(), timestampFields);
      return true;
    case 1023:
      m.extensionOptions.push(r.nested(newAny(), anyFields));
      return true;
    case 2047:
      m.nonCriticalExtensionOptions.push(r.nested(newAny(), anyFields));
      return true;
    default:
      return false;
  }
}

function authInfoFields(m: AuthInfo, num: number, r: ProtoReader): boolean {
  if (num === 1) m.signerInfos.push(r.nested<SignerInfo>({ publicKey: undefined, modeInfo: undefined, sequence: 0n }, signerInfoFields));
  else if (num === 2) m.fee = r.nested<Fee>({ amount: [], gasLimit: 0n, payer: '', granter: '' }, feeFields);
  else if (num === 3) m.tip = r.nested<Tip>({ amount: [], tipper: '' }, tipFields);
  else return false;
  return true;
}

function signerInfoFields(m: SignerInfo, num: number, r: ProtoReader): boolean {
  if (num === 1) m.publicKey = r.nested(newAny(), anyFields);
  else if (num === 2) m.modeInfo = r.nested(newModeInfo(), modeInfoFields);
  else if (num === 3) m.sequence = r.uint64();
  else return false;
  return true;
}

const newModeInfo = (): ModeInfo => ({ single: undefined, multi: undefined });

function modeInfoFields(m: ModeInfo, num: number, r: ProtoReader): boolean {
  if (num === 1) m.single = r.nested<ModeInfo_Single>({ mode: 0 }, singleFields);
  else if (num === 2) m.multi = r.nested<ModeInfo_Multi>({ bitarray: undefined, modeInfos: [] }, multiFields);
  else return false;
  return true;
}

function singleFields(m: ModeInfo_Single, num: number, r: ProtoReader): boolean {
  if (num !== 1) return false;
  m.mode = r.int32();
  return true;
}

function multiFields(m: ModeInfo_Multi, num: number, r: ProtoReader): boolean {
  if (num === 1) m.bitarray = r.nested<CompactBitArray>({ extraBitsStored: 0, elems: new Uint8Array() }, bitArrayFields);
  else if (num === 2) m.modeInfos.push(r.nested(newModeInfo(), modeInfoFields));
  else return false;
  return true;
}

function bitArrayFields(m: CompactBitArray, num: number, r: ProtoReader): boolean {
  if (num === 1) m.extraBitsStored = r.uint32();
  else if (num === 2) m.elems = r.bytes();
  else return false;
  return true;
}

function feeFields(m: Fee, num: number, r: ProtoReader): boolean {
  if (num === 1) m.amount.push(r.nested(newCoin(), coinFields));
  else if (num === 2) m.gasLimit = r.uint64();
  else if (num === 3) m.payer = r.string();
  else if (num === 4) m.granter = r.string();
  else return false;
  return true;
}

function tipFields(m: Tip, num: number, r: ProtoReader): boolean {
  if (num === 1) m.amount.push(r.nested(newCoin(), coinFields));
  else if (num === 2) m.tipper = r.string();
  else return false;
  return true;
}

export function decodeTxRaw(bytes: Uint8Array): TxRaw {
  const r = new ProtoReader(bytes);
  return r.message<TxRaw>(r.len, { bodyBytes: new Uint8Array(), authInfoBytes: new Uint8Array(), signatures: [] }, txRawFields);
}

export function decodeTxBody(bytes: Uint8Array): TxBody {
  const r = new ProtoReader(bytes);
  const m: TxBody = { messages: [], memo: '', timeoutHeight: 0n, unordered: false, timeoutTimestamp: undefined, extensionOptions: [], nonCriticalExtensionOptions: [] };
  return r.message(r.len, m, txBodyFields);
}

export function decodeAuthInfo(bytes: Uint8Array): AuthInfo {
  const r = new ProtoReader(bytes);
  return r.message<AuthInfo>(r.len, { signerInfos: [], fee: undefined, tip: undefined }, authInfoFields);
}
