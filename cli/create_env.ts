// Builds the CliEnv: global flags, tx flags, and the shared signing/query/output machinery.
import { Command, Option } from 'commander';
import { fromBech32 } from '../chain/crypto.js';
import { Keyring } from '../keyring/keyring.js';
import { broadcast } from './broadcast.js';
import { defaultHome, resolveGlobals } from './config.js';
import { CliError, type CliEnv, type GlobalOpts, type TxOpts } from './env.js';
import { output } from './output.js';
import { abciQuery, rpcCall } from './rpc.js';
import { extraTypes, signOnly } from './signer.js';

export function addGlobalFlags(cmd: Command): Command {
  return cmd
    .addOption(new Option('--node <url>', 'RPC endpoint of the node').env('MARKETCHAIN_NODE'))
    .option('--chain-id <id>', 'chain id (default: client.json, then the node)')
    .addOption(new Option('--home <dir>', `home directory (default ${defaultHome()})`).env('MARKETCHAIN_HOME'))
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']))
    .addOption(new Option('--keyring-backend <backend>', 'keyring backend (default: client.json, else file)').choices(['file', 'test']));
}

export function createEnv(root: Command, tx: Command, query: Command): CliEnv {
  const env: CliEnv = {
    root,
    tx,
    query,
    // Commands under `query` read the state at --height (abci_query's height), as the SDK's query flags.
    addQueryFlags: (cmd) => {
      let underQuery = false;
      for (let c = cmd.parent; c; c = c.parent) if (c === query) underQuery = true;
      addGlobalFlags(cmd);
      return underQuery ? cmd.option('--height <n>', "the state as of this block height (within the node's kept window; default latest)") : cmd;
    },
    addTxFlags(cmd) {
      return addGlobalFlags(cmd)
        .option('--from <key>', 'key name or address that signs')
        .option('--fees <coin>', 'fee to pay, e.g. 2000umkt (instead of --gas-prices)')
        .option('--gas <amount>', 'gas limit, or "auto" to simulate', 'auto')
        .option('--gas-prices <prices>', 'price per unit of gas, e.g. 0.025umkt (default 0umkt)')
        .option('--gas-adjustment <factor>', 'multiplier on simulated gas with --gas auto', '1.5')
        .option('--memo <text>', 'memo to include')
        .option('-y, --yes', 'skip the confirmation prompt');
    },
    opts<T extends GlobalOpts>(cmd: Command): T {
      const raw = cmd.optsWithGlobals();
      return { ...raw, ...resolveGlobals(raw) } as T;
    },
    registerTypes(types) {
      for (const t of types) if (!extraTypes.some(([u]) => u === t[0])) extraTypes.push(t);
    },
    broadcast: (opts: TxOpts, msgs) => broadcast(opts, msgs),
    abciQuery,
    output,
    async resolveAddress(opts, nameOrAddress) {
      try {
        fromBech32(nameOrAddress);
        return nameOrAddress;
      } catch {
        const k = new Keyring(opts.home, opts.keyringBackend).find(nameOrAddress);
        if (!k) throw new CliError(`${JSON.stringify(nameOrAddress)} is neither a bech32 address (mkt1…) nor a key in the ${opts.keyringBackend} keyring`);
        return k.address;
      }
    },
    rpc: rpcCall,
    signOnly,
  };
  return env;
}
