// Stateless checks of bank messages.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { validateProtoCoins } from '../../chain/coins.js';
import { isAddress } from '../../chain/crypto.js';
import { sdkErrors } from '../../chain/errors.js';

export const MSG_SEND_TYPE_URL = '/cosmos.bank.v1beta1.MsgSend';

export function validateMsgSend(msg: MsgSend): void {
  if (!isAddress(msg.fromAddress)) throw sdkErrors.InvalidAddress(`invalid from address ${JSON.stringify(msg.fromAddress)}`);
  if (!isAddress(msg.toAddress)) throw sdkErrors.InvalidAddress(`invalid to address ${JSON.stringify(msg.toAddress)}`);
  try {
    validateProtoCoins(msg.amount);
  } catch (e) {
    throw sdkErrors.InvalidCoins((e as Error).message);
  }
}
