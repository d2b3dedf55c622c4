// InitChain from genesis.json on a short-lived worker thread. Executing a large genesis (the parsed
// document, every module's writes, the trees built once) needs a large heap that the node never needs
// again; on a thread of its own that heap is released when the thread ends. The thread writes the genesis state, meta and genesis hash to the node's LevelDB in one
// synced batch; the node then loads that state as it does on every restart.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { toHexUpper } from '../chain/codec/bytes.js';
import { sha256 } from '../chain/crypto.js';
import { createMarketApp } from './app_factory.js';
import type { Meta } from './block_types.js';
import { readJson, type GenesisFile } from './home.js';
import { StoreDb } from './store_db.js';

interface GenesisJob {
  kind: 'marketchain-genesis';
  dbPath: string;
  genesisPath: string;
}

/** Runs InitChain on a thread and commits the genesis state to the (closed) database at dbPath. Fails with the genesis error. */
export function commitGenesisOnThread(dbPath: string, genesisPath: string): Promise<void> {
  const job: GenesisJob = { kind: 'marketchain-genesis', dbPath, genesisPath };
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: job });
    let error: Error | undefined;
    w.on('message', (m: { error?: string }) => {
      if (m.error !== undefined) error = new Error(m.error);
    });
    w.on('error', (e) => (error ??= e));
    w.on('exit', (code) => (error ? reject(error) : code === 0 ? resolve() : reject(new Error(`genesis thread exited with code ${code}`))));
  });
}

/** The thread's work: parse, InitChain, one synced batch. */
async function commitGenesis(job: GenesisJob): Promise<void> {
  const genesis = readJson<GenesisFile>(job.genesisPath, 'genesis.json');
  const genesisHash = sha256(Buffer.from(JSON.stringify(genesis)));
  const app = createMarketApp();
  app.initChain(genesis.chain_id, genesis.genesis_time, genesis.app_state);
  const meta: Meta = { chainId: genesis.chain_id, height: 0, appHash: toHexUpper(app.lastAppHash), time: genesis.genesis_time, blockHash: '' };
  const db = new StoreDb(job.dbPath);
  await db.open();
  try {
    await db.commitGenesis(app.commitStore.iterateRaw('', undefined, false), meta, genesisHash);
  } finally {
    await db.close();
  }
}

if (!isMainThread && (workerData as GenesisJob | undefined)?.kind === 'marketchain-genesis') {
  commitGenesis(workerData as GenesisJob).then(
    () => parentPort!.close(),
    (e: Error) => parentPort!.postMessage({ error: e.message }),
  );
}
