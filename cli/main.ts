#!/usr/bin/env node
// marketchain: the wallet CLI (keys, tx, query) built on cosmjs; talks to the node only over RPC.
import { Command, CommanderError } from 'commander';
import { registerBankCommands } from './commands/bank.js';
import { registerChainQueries } from './commands/chain_queries.js';
import { registerKeysCommands } from './commands/keys.js';
import { registerAmmCommands } from './commands/amm.js';
import { registerRepoCommands } from './commands/repo.js';
import { registerMoneymarketCommands } from './commands/moneymarket.js';
import { registerStoreQueries } from './commands/store.js';
import { registerTxFileCommands } from './commands/tx_file.js';
import { registerClientConfigCommands } from './commands/client_config.js';
import { registerJitEventsQuery, registerLabCommands } from './commands/lab.js';
import { addGlobalFlags, createEnv } from './create_env.js';
import { CliError } from './env.js';

const program = new Command('marketchain')
  .description('marketchain wallet: keys, transactions and queries against a marketchaind node')
  .showHelpAfterError()
  .exitOverride();
const tx = program.command('tx').description('sign and broadcast transactions');
const query = program.command('query').alias('q').description('query chain state');
addGlobalFlags(program);
const env = createEnv(program, tx, query);

registerKeysCommands(env);
registerBankCommands(env);
registerMoneymarketCommands(env);
registerChainQueries(env);
registerAmmCommands(env);
registerRepoCommands(env);
registerStoreQueries(env);
registerTxFileCommands(env);
registerClientConfigCommands(env);
registerLabCommands(env);
registerJitEventsQuery(env);

function die(msg: string): never {
  process.stderr.write(`Error: ${msg}\n`);
  process.exit(1);
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  if (e instanceof CliError) die(e.message);
  die((e as Error).message ?? String(e));
}
