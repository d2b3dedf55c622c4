// MsgSend's Amino JSON (SIGN_MODE_LEGACY_AMINO_JSON): the SDK's name and shape, coins always written.
import type { AminoMsg } from '../../chain/codec/amino_json.js';
import { MSG_SEND_TYPE_URL } from './msgs.js';

export const BANK_AMINO: Readonly<Record<string, AminoMsg>> = {
  [MSG_SEND_TYPE_URL]: { name: 'cosmos-sdk/MsgSend', fields: [['from_address', 'string'], ['to_address', 'string'], ['amount', 'coins']] },
};
