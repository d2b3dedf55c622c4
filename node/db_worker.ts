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

const isHeight = (h: unknown): h is number => Number.isSafeInteger(h) && (h as number) >= 0;

/** Why a request cannot be served (a malformed one is refused with this), or undefined. */
function malformed(m: DbRequest): string | undefined {
  switch (m.op) {
    case 'open':
    case 'close':
      return undefined;
    case 'block':
    case 'results':
    case 'replayBlock':
      return isHeight(m.height) ? undefined : `height must be a non-negative integer, got ${String(m.height)}`;
    case 'rpcJson':
      if (m.kind !== 'block' && m.kind !== 'block_results') return `unknown rpcJson kind ${String(m.kind)}`;
      return isHeight(m.height) ? undefined : `height must be a non-negative integer, got ${String(m.height)}`;
    case 'txLocation':
      return m.hash instanceof Uint8Array ? undefined : 'hash must be a byte array';
    case 'eventHits':
      if (typeof m.compositeKey !== 'string' || typeof m.value !== 'string') return 'compositeKey and value must be strings';
      return typeof m.limit === 'number' && m.limit >= 0 ? undefined : 'limit must be a non-negative number';
    case 'searchTxs':
      if (!Array.isArray(m.conds)) return 'conds must be a list of conditions';
      return isHeight(m.latest) && isHeight(m.budget) ? undefined : 'latest and budget must be non-negative integers';
    case 'txsJson':
      return m.locations instanceof Float64Array ? undefined : 'locations must be a Float64Array';
    case 'write':
      return m.write && typeof m.write === 'object' && isHeight(m.write.height) ? undefined : 'write must be a block write';
    default:
      return unknownRequest(m);
  }
}

/** Typed `never`, so a request added to DbRequest without a check here does not compile. */
function unknownRequest(m: never): string {
  return `unknown request ${JSON.stringify(String((m as { op?: unknown }).op))}`;
}

async function handle(m: DbRequest): Promise<unknown> {
  const why = malformed(m);
  if (why) throw new Error(`malformed request: ${why}`);
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

/** Posts the answer; a reply that cannot be sent becomes an error reply, never an exception in this thread. */
function reply(id: number, op: DbRequest['op'], value: unknown): void {
  try {
    // Byte arrays made here (a replay block's txs, RPC JSON) are moved to the other thread, not copied.
    port.postMessage({ id, value } satisfies DbReply, value ? transfers(op, value) : []);
  } catch (e) {
    replyError(id, e);
  }
}

function replyError(id: number, e: unknown): void {
  const error = e instanceof Error ? describeDbError(e) : String(e);
  port.postMessage({ id, error } satisfies DbReply);
}

// Every request gets an answer (its value or its error) and no request, however malformed, throws out
// of this handler: an uncaught exception would end the thread and with it the node's database.
port.on('message', (m: DbRequest) => {
  if (!m || typeof m !== 'object' || !Number.isSafeInteger(m.id)) {
    // Nothing to answer to: the client only sends numbered requests.
    return;
  }
  handle(m).then(
    (value) => reply(m.id, m.op, value),
    (e: unknown) => replyError(m.id, e),
  );
});

export type { BlockWrite };
