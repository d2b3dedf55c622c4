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
        .option('--fees <coins>', 'fee to pay, e.g. 2000umkt or 2000umkt,10uusdc (instead of --gas-prices)')
        .option('--gas <amount>', 'gas limit, or "auto" to simulate', 'auto')
        .option('--gas-prices <prices>', 'price per unit of gas, one or more denoms, e.g. 0.025umkt or 0.025umkt,0.1uusdc (default: client.json gas_prices, else none)')
        .option('--gas-adjustment <factor>', 'multiplier on simulated gas with --gas auto', '1.5')
        .option('--note <text>', 'memo to include (alias --memo)')
        .option('--memo <text>', 'alias of --note')
        .option('--timeout-height <height>', 'the tx is invalid in blocks above this height (0: none)')
        .addOption(new Option('--sign-mode <mode>', 'how the key signs: direct (SIGN_MODE_DIRECT) or amino-json (SIGN_MODE_LEGACY_AMINO_JSON)').choices(['direct', 'amino-json']))
        .addOption(new Option('-b, --broadcast-mode <mode>', 'block: wait for inclusion; sync: CheckTx only; async: do not wait (default: client.json broadcast_mode, else block)').choices(['sync', 'async', 'block']))
        .option('--generate-only', 'print the unsigned tx as JSON (for `tx sign`); never unlocks the keyring')
        .option('--dry-run', 'simulate and print the gas estimate; nothing is signed or broadcast')
        .option('-y, --yes', 'skip the confirmation prompt (required when stdin is not a terminal)');
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
