import { withAmino, type Module } from '../../chain/module.js';
import { BANK_AMINO } from './amino.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { bankGenesis, type BankGenesisJson } from './genesis.js';
import { totalSupplyInvariant } from './invariants.js';
import { makeMsgSendRoute, NO_BLOCKED_RECIPIENTS, type BlockedRecipients } from './msg_server.js';
import { bankQueries } from './queries.js';

export { bankKeeper } from './keeper.js';
export type { BlockedRecipients } from './msg_server.js';

/** The bank module; a MsgSend to an address in `blocked` fails with sdk/4 (the app passes its module accounts). */
export function createBankModule(blocked: BlockedRecipients): Module<BankGenesisJson> {
  return {
    name: 'bank',
    storeByte: STORE_BYTES.bank,
    msgs: withAmino([makeMsgSendRoute(blocked)], BANK_AMINO),
    queries: bankQueries,
    genesis: bankGenesis,
    invariants: [totalSupplyInvariant],
  };
}

/** Without blocked recipients: for module tests that only need bank genesis and the keeper. */
export const bankModule: Module<BankGenesisJson> = createBankModule(NO_BLOCKED_RECIPIENTS);
