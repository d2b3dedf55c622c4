import { MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import type { Ctx } from '../../chain/context.js';
import type { MsgRoute } from '../../chain/module.js';
import { validateProtoCoins } from '../../chain/coins.js';
import { sendCoins } from './keeper.js';
import { MSG_SEND_TYPE_URL, validateMsgSend } from './msgs.js';

export const msgSendRoute: MsgRoute<MsgSend> = {
  typeUrl: MSG_SEND_TYPE_URL,
  decode: (b) => MsgSend.decode(b),
  validateBasic: validateMsgSend,
  signers: (m) => [m.fromAddress],
  handle(ctx: Ctx, m: MsgSend) {
    sendCoins(ctx, m.fromAddress, m.toAddress, validateProtoCoins(m.amount));
    return MsgSendResponse.encode({}).finish();
  },
};
