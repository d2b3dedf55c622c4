// Txs as JSON files, in the shape the SDK's CLI writes them (`--generate-only`, `tx sign`) and reads
// them (`tx sign FILE`, `tx broadcast FILE`, `tx encode FILE`): proto JSON with snake_case names,
// 64-bit integers as strings, messages as {"@type": typeUrl, ...fields}. A message's fields come from
// its Amino declaration (modules/<m>/amino.ts), so every message the chain routes can be written and
// read. Bytes are rebuilt from the JSON the same way when signing and when broadcasting, so a file
// signed offline broadcasts to exactly the signed bytes.
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { encodePubkey, makeAuthInfoBytes, type EncodeObject, type Registry } from '@cosmjs/proto-signing';
import type { StdFee } from '@cosmjs/stargate';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { fromAminoJson, toProtoJson, type AminoJson, type AminoMsg } from '../chain/codec/amino_json.js';
import { BANK_AMINO } from '../modules/bank/amino.js';
import { MODULE_AMINO } from '../client/index.js';
import { CliError } from './env.js';

const DECLARED: Readonly<Record<string, AminoMsg>> = { ...BANK_AMINO, ...MODULE_AMINO };
const PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';
const MODE_NAMES: Record<number, string> = { [SignMode.SIGN_MODE_DIRECT]: 'SIGN_MODE_DIRECT', [SignMode.SIGN_MODE_LEGACY_AMINO_JSON]: 'SIGN_MODE_LEGACY_AMINO_JSON' };

export type SignModeFlag = 'direct' | 'amino-json';
export const signModeOf = (f: SignModeFlag): SignMode => (f === 'amino-json' ? SignMode.SIGN_MODE_LEGACY_AMINO_JSON : SignMode.SIGN_MODE_DIRECT);

export interface SignerInfoJson {
  public_key: { '@type': string; key: string } | null;
  mode_info: { single: { mode: string } };
  sequence: string;
}

export interface TxJson {
  body: { messages: { [key: string]: AminoJson }[]; memo: string; timeout_height: string; extension_options: []; non_critical_extension_options: [] };
  auth_info: { signer_infos: SignerInfoJson[]; fee: { amount: { denom: string; amount: string }[]; gas_limit: string; payer: string; granter: string }; tip: null };
  signatures: string[];
}

/** A tx read from JSON: what signing and broadcasting need. */
export interface ParsedTx {
  msgs: EncodeObject[];
  memo: string;
  timeoutHeight: bigint;
  fee: StdFee;
  signers: { pubkey: Uint8Array; mode: SignMode; sequence: bigint }[];
  signatures: Uint8Array[];
}

function declared(typeUrl: string): AminoMsg {
  const d = DECLARED[typeUrl];
  if (!d) throw new CliError(`message type ${typeUrl} is not known to this chain`);
  return d;
}

export function msgToJson(m: EncodeObject): { [key: string]: AminoJson } {
  return { '@type': m.typeUrl, ...toProtoJson(declared(m.typeUrl).fields, m.value as Record<string, unknown>) };
}

export function msgFromJson(j: unknown, where: string): EncodeObject {
  const typeUrl = (j as { '@type'?: unknown } | null)?.['@type'];
  if (typeof typeUrl !== 'string') throw new CliError(`${where}: a message needs "@type"`);
  try {
    return { typeUrl, value: fromAminoJson(declared(typeUrl).fields, j as Record<string, unknown>) };
  } catch (e) {
    throw e instanceof CliError ? e : new CliError(`${where}: ${typeUrl}: ${(e as Error).message}`);
  }
}

export function txJson(p: Omit<ParsedTx, 'signers' | 'signatures'> & Partial<Pick<ParsedTx, 'signers' | 'signatures'>>): TxJson {
  return {
    body: { messages: p.msgs.map(msgToJson), memo: p.memo, timeout_height: p.timeoutHeight.toString(), extension_options: [], non_critical_extension_options: [] },
    auth_info: {
      signer_infos: (p.signers ?? []).map((s) => ({
        public_key: { '@type': PUBKEY_TYPE, key: Buffer.from(s.pubkey).toString('base64') },
        mode_info: { single: { mode: MODE_NAMES[s.mode] ?? String(s.mode) } },
        sequence: s.sequence.toString(),
      })),
      fee: { amount: p.fee.amount.map((c) => ({ denom: c.denom, amount: c.amount })), gas_limit: p.fee.gas, payer: p.fee.payer ?? '', granter: p.fee.granter ?? '' },
      tip: null,
    },
    signatures: (p.signatures ?? []).map((s) => Buffer.from(s).toString('base64')),
  };
}

const obj = (v: unknown, what: string): Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new CliError(`${what} must be a JSON object`);
  return v as Record<string, unknown>;
};
const uint = (v: unknown, what: string): bigint => {
  if (v === undefined || v === null || v === '') return 0n;
  if ((typeof v !== 'string' && typeof v !== 'number') || !/^\d{1,20}$/.test(String(v)) || BigInt(v) >= 2n ** 64n) throw new CliError(`${what} must be a uint64, got ${JSON.stringify(v)}`);
  return BigInt(v);
};

/** Reads a tx JSON document (unsigned or signed); every field is checked, with the file name in errors. */
export function parseTxJson(text: string, where: string): ParsedTx {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${where} is not valid JSON: ${(e as Error).message}`);
  }
  const root = obj(doc, where);
  const body = obj(root.body, `${where}: body`);
  const auth = obj(root.auth_info ?? {}, `${where}: auth_info`);
  if (!Array.isArray(body.messages) || body.messages.length === 0) throw new CliError(`${where}: body.messages must be a non-empty list`);
  const msgs = body.messages.map((m, i) => msgFromJson(m, `${where}: body.messages[${i}]`));
  if (body.memo !== undefined && typeof body.memo !== 'string') throw new CliError(`${where}: body.memo must be a string`);
  const fee = obj(auth.fee ?? {}, `${where}: auth_info.fee`);
  const amount = fee.amount ?? [];
  if (!Array.isArray(amount) || amount.some((c) => typeof c?.denom !== 'string' || typeof c?.amount !== 'string' || !/^\d+$/.test(c.amount))) {
    throw new CliError(`${where}: auth_info.fee.amount must be a list of {denom, amount}`);
  }
  const gas = uint(fee.gas_limit, `${where}: auth_info.fee.gas_limit`);
  const infos = auth.signer_infos ?? [];
  if (!Array.isArray(infos)) throw new CliError(`${where}: auth_info.signer_infos must be a list`);
  const signers = infos.map((s, i) => {
    const w = `${where}: auth_info.signer_infos[${i}]`;
    const info = obj(s, w);
    const pk = obj(info.public_key, `${w}.public_key`);
    if (pk['@type'] !== PUBKEY_TYPE || typeof pk.key !== 'string') throw new CliError(`${w}.public_key must be a ${PUBKEY_TYPE}`);
    const modeName = (info.mode_info as { single?: { mode?: unknown } } | undefined)?.single?.mode;
    const mode = Object.entries(MODE_NAMES).find(([, n]) => n === modeName)?.[0];
    if (mode === undefined) throw new CliError(`${w}.mode_info.single.mode must be SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON`);
    return { pubkey: new Uint8Array(Buffer.from(pk.key, 'base64')), mode: Number(mode) as SignMode, sequence: uint(info.sequence, `${w}.sequence`) };
  });
  const sigs = root.signatures ?? [];
  if (!Array.isArray(sigs) || sigs.some((s) => typeof s !== 'string')) throw new CliError(`${where}: signatures must be a list of base64 strings`);
  return {
    msgs,
    memo: (body.memo as string | undefined) ?? '',
    timeoutHeight: uint(body.timeout_height, `${where}: body.timeout_height`),
    fee: { amount: amount.map((c) => ({ denom: c.denom, amount: c.amount })), gas: gas.toString(), ...(fee.payer ? { payer: String(fee.payer) } : {}), ...(fee.granter ? { granter: String(fee.granter) } : {}) },
    signers,
    signatures: sigs.map((s: string) => new Uint8Array(Buffer.from(s, 'base64'))),
  };
}

/** The TxRaw bytes of a tx (signed, unless requireSigned is false), encoded as cosmjs's SigningStargateClient encodes what it signs. */
export function txBytes(p: ParsedTx, registry: Registry, requireSigned = true): Uint8Array {
  if (requireSigned && (p.signers.length === 0 || p.signatures.length !== p.signers.length)) throw new CliError('the tx is not signed: sign it first with `marketchain tx sign FILE --from KEY`');
  const mode = p.signers[0]?.mode ?? SignMode.SIGN_MODE_DIRECT;
  const bodyBytes = registry.encodeTxBody({ messages: p.msgs, memo: p.memo, timeoutHeight: p.timeoutHeight > 0n ? p.timeoutHeight : undefined });
  const authInfoBytes = makeAuthInfoBytes(
    p.signers.map((s) => ({ pubkey: encodePubkey(encodeSecp256k1Pubkey(s.pubkey)), sequence: s.sequence })),
    p.fee.amount,
    Number(p.fee.gas),
    p.fee.granter,
    p.fee.payer,
    mode,
  );
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: p.signatures }).finish();
}

/** A TxRaw (bytes) as tx JSON (`tx decode`, and the signed output of `tx sign`). */
export function txFromBytes(bytes: Uint8Array, registry: Registry): ParsedTx {
  let raw: TxRaw, body: TxBody, auth: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
    body = TxBody.decode(raw.bodyBytes);
    auth = AuthInfo.decode(raw.authInfoBytes);
  } catch (e) {
    throw new CliError(`not a tx: ${(e as Error).message}`);
  }
  return {
    msgs: body.messages.map((a) => {
      try {
        return { typeUrl: a.typeUrl, value: registry.decode(a) };
      } catch {
        throw new CliError(`message type ${a.typeUrl} is not known to this chain`);
      }
    }),
    memo: body.memo,
    timeoutHeight: body.timeoutHeight,
    fee: { amount: auth.fee?.amount ?? [], gas: (auth.fee?.gasLimit ?? 0n).toString(), ...(auth.fee?.payer ? { payer: auth.fee.payer } : {}), ...(auth.fee?.granter ? { granter: auth.fee.granter } : {}) },
    signers: auth.signerInfos.map((s) => ({
      pubkey: s.publicKey?.typeUrl === PUBKEY_TYPE ? PubKey.decode(s.publicKey.value).key : new Uint8Array(),
      mode: s.modeInfo?.single?.mode ?? SignMode.SIGN_MODE_UNSPECIFIED,
      sequence: s.sequence,
    })),
    signatures: raw.signatures,
  };
}
