// A temporary home for ChainAbciApp tests: a genesis funding one sender, its app_state bytes as
// CometBFT sends them in InitChain, and the app database path; removed at teardown.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addGenesisAccount, initHome, paths } from '../../node/home.js';
import { testAccount } from './accounts.js';

export async function abciHome(t: { teardown(f: () => void): void }, chainId: string, seed: string) {
  const home = mkdtempSync(join(tmpdir(), `${seed}-`));
  t.teardown(() => rmSync(home, { recursive: true, force: true }));
  const sender = await testAccount(`${seed}-sender`);
  const recipient = (await testAccount(`${seed}-recipient`)).address;
  initHome(home, { chainId });
  addGenesisAccount(home, sender.address, '1000000umkt');
  const appState = Buffer.from(JSON.stringify((JSON.parse(readFileSync(paths(home).genesis, 'utf8')) as { app_state: unknown }).app_state));
  return { db: paths(home).abciDb, sender, recipient, appState };
}
