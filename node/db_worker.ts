// The database thread: owns the node's LevelDB once the node has started (DbWorker is its other end).
// Writing a block (its state writes, records, tx and event indexes) and the reads behind RPC run here,
// off the thread that executes blocks and checks txs.
import { parentPort, workerData } from 'node:worker_threads';
import { describeDbError, NodeDb, type BlockWrite, type TxSearchAnswer } from './node_db.js';
import type { DbRequest, DbReply } from './db_client.js';
import { replayBlock, type ReplayBlock } from './replay_block.js';
import { lowerThreadPriority } from './thread_priority.js';

const port = parentPort!;
const { path, nice } = workerData as { path: string; nice?: number };
lowerThreadPriority(nice ?? 0);
const db = new NodeDb(path);
/** The last block written: its height and its `block_results` JSON (UTF-8), made when it was written. */
let latest: { height: number; blockResultsJson: Uint8Array } | undefined;

async function handle(m: DbRequest): Promise<unknown> {
  switch (m.op) {
    case 'open':
      return db.open();
    case 'block':
      return db.readBlock(m.height);
    case 'results':
      return db.readResults(m.height);
    case 'rpcJson':
      // The newest block's `block_results` (a client following the chain asks right after the commit)
      // was serialized when the block was written: it is not read, decoded and serialized again.
      // A copy: the reply's buffer is moved to the other thread.
      if (m.kind === 'block_results' && m.height === latest?.height) return latest.blockResultsJson.slice();
      return db.rpcJson(m.kind, m.height, false);
    case 'replayBlock': {
      const [b, r] = await Promise.all([db.readBlock(m.height), db.readResultsSummary(m.height)]);
      return b && r ? replayBlock(b, r) : undefined;
    }
    case 'txLocation':
      return db.getTxLocation(m.hash);
    case 'eventHits': {
      const out = [];
      for await (const loc of db.eventHits(m.compositeKey, m.value, m.limit)) out.push(loc);
      return out;
    }
    case 'txsJson':
      return db.txsJson(m.locations);
    case 'searchTxs':
      return db.searchTxs(m.conds, m.latest, m.budget);
    case 'write': {
      const { blockResultsJson } = await db.writeBlock(m.write);
      latest = { height: m.write.height, blockResultsJson };
      return;
    }
    case 'close':
      return db.close();
  }
}

function transfers(op: DbRequest['op'], value: unknown): ArrayBuffer[] {
  if (op === 'replayBlock') return (value as ReplayBlock).txs.map((t) => t.buffer as ArrayBuffer);
  if (op === 'rpcJson' || op === 'txsJson') return [(value as Uint8Array).buffer as ArrayBuffer];
  if (op === 'searchTxs') return (value as TxSearchAnswer).locations ? [(value as TxSearchAnswer).locations!.buffer as ArrayBuffer] : [];
  return [];
}

port.on('message', (m: DbRequest) => {
  handle(m).then(
    // Byte arrays made here (a replay block's txs, RPC JSON) are moved to the other thread, not copied.
    (value) => port.postMessage({ id: m.id, value } satisfies DbReply, value ? transfers(m.op, value) : []),
    (e: Error) => port.postMessage({ id: m.id, error: describeDbError(e) } satisfies DbReply),
  );
});

export type { BlockWrite };
