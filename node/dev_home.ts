// `start --dev`: creates a ready-to-use local home on first run: chain id marketchain-local, one
// validator, a dev account funded with umkt and test denoms (its mnemonic printed once and stored in
// the test keyring), and each module's dev genesis (markets, a pool, repo params).
import { existsSync } from 'node:fs';
import { generateMnemonic, Keyring } from '../keyring/keyring.js';
import { appModules } from './app_factory.js';
import { withDevVerifyingKeys } from './zk/dev_keys.js';
import type { RepoGenesisJson } from '../modules/repo/index.js';
import { addGenesisAccount, DEFAULT_CHAIN_ID, initHome, paths, readJson, writeJsonAtomic, type GenesisFile } from './home.js';

export const DEV_KEY = 'dev';
export const DEV_COINS = '1000000000000uatom,1000000000000umkt,1000000000000uusdc';

export function isInitialised(home: string): boolean {
  return existsSync(paths(home).genesis);
}

export async function createDevHome(home: string, log: (s: string) => void): Promise<string> {
  initHome(home, { chainId: DEFAULT_CHAIN_ID, moniker: 'dev' });
  const mnemonic = generateMnemonic();
  const info = await new Keyring(home, 'test').add(DEV_KEY, mnemonic);
  addGenesisAccount(home, info.address, DEV_COINS);
  const g = readJson<GenesisFile>(paths(home).genesis, 'genesis.json');
  for (const m of appModules()) {
    if (m.devGenesis) g.app_state[m.name] = m.devGenesis(info.address);
  }
  // Sealed repo rounds verify against the committed dev ceremony's keys (circuits/keys/), when present.
  g.app_state.repo = withDevVerifyingKeys(g.app_state.repo as RepoGenesisJson);
  writeJsonAtomic(paths(home).genesis, g);
  writeJsonAtomic(paths(home).clientFile, { chain_id: DEFAULT_CHAIN_ID, node: 'http://127.0.0.1:26657', keyring_backend: 'test', output: 'text' });
  log(`Created a local dev chain in ${home}`);
  log(`Dev account "${DEV_KEY}": ${info.address} (funded with ${DEV_COINS})`);
  log(`Its mnemonic (shown once; stored unencrypted in ${home}/keyring-test):`);
  log(`  ${mnemonic}`);
  return info.address;
}
