import { MsgSend, MsgSendResponse } from './msg_codec.js';
import { msgRoute, type MsgRoute } from '../../chain/module.js';
import { validateProtoCoins } from '../../chain/coins.js';
import { sdkErrors } from '../../chain/errors.js';
import { sendCoins } from './keeper.js';
import { MSG_SEND_TYPE_URL, validateMsgSend } from './msgs.js';

/**
 * Addresses a MsgSend may not pay, as the SDK's blocked addresses: module accounts whose balance their
 * module accounts for. Passed in at wiring (node/app_factory.ts), so bank imports no other module.
 * Modules move funds with the keeper's sendCoins, which this does not restrict.
 */
export interface BlockedRecipients {
  has(address: string): boolean;
}

export const NO_BLOCKED_RECIPIENTS: BlockedRecipients = { has: () => false };

export function makeMsgSendRoute(blocked: BlockedRecipients): MsgRoute<MsgSend> {
  return msgRoute({
    typeUrl: MSG_SEND_TYPE_URL,
    msg: MsgSend,
    response: MsgSendResponse,
    validateBasic: validateMsgSend,
    signer: (m) => m.fromAddress,
    handle(ctx, m) {
      if (blocked.has(m.toAddress)) throw sdkErrors.Unauthorized(`${m.toAddress} is not allowed to receive funds`);
      sendCoins(ctx, m.fromAddress, m.toAddress, validateProtoCoins(m.amount));
      return {};
    },
  });
}
