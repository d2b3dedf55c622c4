// marketchain tx bank send, query bank balances|total-supply, query auth account
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { QueryAllBalancesRequest, QueryAllBalancesResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { parseCoins, toProtoCoins } from '../../chain/coins.js';
import { isAddress } from '../../chain/crypto.js';
import { validateMsgSend } from '../../modules/bank/msgs.js';
import { ChainError } from '../../chain/errors.js';
import { CliError, type CliEnv, type GlobalOpts, type TxOpts } from '../env.js';
import { addPageFlags, pageRequest, pageText, paginate, type PageFlags } from '../pagination.js';
import { table } from '../output.js';

export function registerBankCommands(env: CliEnv): void {
  const txBank = env.tx.command('bank').description('bank transactions');
  env.addTxFlags(
    txBank
      .command('send')
      .description('send coins: send FROM TO COINS, e.g. send dev mkt1… 1000umkt,5uusdc')
      .argument('<from>', 'key name or address (also the signer)')
      .argument('<to>', 'recipient bech32 address or key name')
      .argument('<coins>', 'comma-separated coins, e.g. 1000umkt'),
  ).action(async (from, to, coins, _o, cmd) => {
    const o = env.opts<TxOpts>(cmd);
    const fromAddr = await env.resolveAddress(o, from);
    const toAddr = await env.resolveAddress(o, to);
    let amount;
    try {
      amount = toProtoCoins(parseCoins(coins));
    } catch (e) {
      throw new CliError(`invalid coins ${JSON.stringify(coins)}: ${(e as Error).message}`);
    }
    const value = { fromAddress: fromAddr, toAddress: toAddr, amount };
    try {
      validateMsgSend(value);
    } catch (e) {
      throw new CliError(e instanceof ChainError ? e.message : String(e));
    }
    await env.broadcast({ ...o, from: o.from ?? from }, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value }]);
  });

  const qBank = env.query.command('bank').description('bank queries');
  env.addQueryFlags(addPageFlags(qBank.command('balances').description('all balances of an address').argument('<address>', 'bech32 address or key name'))).action(async (addr, _o, cmd) => {
    const o = env.opts<GlobalOpts & PageFlags>(cmd);
    const page = pageRequest(o);
    const address = await env.resolveAddress(o, addr);
    const r = QueryAllBalancesResponse.decode(await env.abciQuery(o, '/cosmos.bank.v1beta1.Query/AllBalances', QueryAllBalancesRequest.encode({ address, resolveDenom: false }).finish()));
    const { items: balances, pagination } = paginate(r.balances.map((c) => ({ denom: c.denom, amount: c.amount })), (c) => c.denom, page);
    env.output(o, { address, balances, pagination }, () => (balances.length ? table(['AMOUNT', 'DENOM'], balances.map((c) => [c.amount, c.denom])) + pageText(pagination) : `${address} holds nothing`));
  });
  env.addQueryFlags(addPageFlags(qBank.command('total-supply').description('total supply of every denom'))).action(async (_o, cmd) => {
    const o = env.opts<GlobalOpts & PageFlags>(cmd);
    const page = pageRequest(o);
    const r = QueryTotalSupplyResponse.decode(await env.abciQuery(o, '/cosmos.bank.v1beta1.Query/TotalSupply', QueryTotalSupplyRequest.encode({}).finish()));
    const { items: supply, pagination } = paginate(r.supply.map((c) => ({ denom: c.denom, amount: c.amount })), (c) => c.denom, page);
    env.output(o, { supply, pagination }, () => table(['AMOUNT', 'DENOM'], supply.map((c) => [c.amount, c.denom])) + pageText(pagination));
  });

  const qAuth = env.query.command('auth').description('auth queries');
  env.addQueryFlags(qAuth.command('account').description('account number, sequence and pubkey of an address').argument('<address>', 'bech32 address or key name')).action(async (addr, _o, cmd) => {
    const o = env.opts(cmd);
    const address = await env.resolveAddress(o, addr);
    if (!isAddress(address)) throw new CliError(`invalid address ${address}`);
    let bytes: Uint8Array;
    try {
      bytes = await env.abciQuery(o, '/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address }).finish());
    } catch (e) {
      if (/not found/.test((e as Error).message)) throw new CliError(`account ${address} not found on chain`);
      throw e;
    }
    const acc = BaseAccount.decode(QueryAccountResponse.decode(bytes).account!.value);
    const json = {
      '@type': '/cosmos.auth.v1beta1.BaseAccount',
      address: acc.address,
      pub_key: acc.pubKey ? { '@type': acc.pubKey.typeUrl, key: Buffer.from(PubKey.decode(acc.pubKey.value).key).toString('base64') } : null,
      account_number: acc.accountNumber.toString(),
      sequence: acc.sequence.toString(),
    };
    env.output(o, json, `address: ${json.address}\naccount_number: ${json.account_number}\nsequence: ${json.sequence}\npub_key: ${json.pub_key?.key ?? '(none yet)'}`);
  });
}
