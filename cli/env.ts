// The contract between the wallet's command groups and its shared machinery (flags, signing,
// broadcasting, querying, output). Module command files receive a CliEnv and register their commands.
import type { Command } from 'commander';
import type { EncodeObject, GeneratedType } from '@cosmjs/proto-signing';

export type OutputFormat = 'json' | 'text';

/** Options every command sees after commander merges global and local flags. */
export interface GlobalOpts {
  node: string;
  chainId?: string;
  home: string;
  output: OutputFormat;
  keyringBackend: 'file' | 'test';
}

/** Extra options of tx commands (added by env.addTxFlags). */
export interface TxOpts extends GlobalOpts {
  from: string;
  fees?: string;
  gas?: string;
  gasPrices?: string;
  gasAdjustment?: string;
  memo?: string;
  /** --note (the SDK's name; --memo is its alias here). */
  note?: string;
  yes?: boolean;
  /** Print the unsigned tx as JSON (no signing, no broadcast). */
  generateOnly?: boolean;
  /** Simulate and print the gas estimate (no signing, no broadcast). */
  dryRun?: boolean;
  /** sync (after CheckTx), async (after the node received it) or block (after inclusion, the default). */
  broadcastMode?: string;
  timeoutHeight?: string;
  /** direct (default) or amino-json. */
  signMode?: string;
}

export interface CliEnv {
  /** `marketchain tx` group: add `tx <module> <verb>` under it. */
  tx: Command;
  /** `marketchain query` group. */
  query: Command;
  /** The program root (for top-level groups such as `marketchain repo …` or `marketchain amm …`). */
  root: Command;
  /** Adds --from, --fees, --gas, --gas-prices, --gas-adjustment, --note/--memo, -y, --generate-only, --dry-run, -b, --timeout-height, --sign-mode and the global flags. */
  addTxFlags(cmd: Command): Command;
  /** Adds the global flags (--node, --chain-id, --home, -o) to a command. */
  addQueryFlags(cmd: Command): Command;
  /** Merged options of a command (its own flags plus inherited globals). */
  opts<T extends GlobalOpts>(cmd: Command): T;
  /** Registers message types with the signing registry (call once at registration time). */
  registerTypes(types: [string, GeneratedType][]): void;
  /** Signs with --from, broadcasts, waits for inclusion, prints hash/code/gas/events; exits non-zero on failure. */
  broadcast(opts: TxOpts, msgs: EncodeObject[]): Promise<{ code: number; height: number; hash: string; events: { type: string; attributes: { key: string; value: string }[] }[] }>;
  /** abci_query on the node; throws a CliError with the node's code/codespace/log when code != 0. */
  abciQuery(opts: GlobalOpts, path: string, request: Uint8Array): Promise<Uint8Array>;
  /** Prints `json` with -o json (bigints as strings), else the text. */
  output(opts: GlobalOpts, json: unknown, text: string | (() => string)): void;
  /** Resolves a key name or bech32 address from the keyring to an address. */
  resolveAddress(opts: GlobalOpts, nameOrAddress: string): Promise<string>;
  /** A JSON-RPC call to the node (e.g. 'unconfirmed_txs', 'broadcast_bundle'). */
  rpc(opts: GlobalOpts, method: string, params: Record<string, unknown>): Promise<any>;
  /** Signs messages into TxRaw bytes without broadcasting (for bundles). */
  signOnly(opts: TxOpts, msgs: EncodeObject[], sequenceOffset?: number): Promise<Uint8Array>;
}

/** A user-facing error: printed as one line, exit code non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}
