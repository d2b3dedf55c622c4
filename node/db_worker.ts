// The database thread: owns the node's LevelDB once the node has started (BlockStore is its other
// end). A block's write (its state writes, records, tx and event indexes) and the reads behind RPC run
// here, off the thread that executes blocks and checks txs; store_host.ts answers each request.
import { parentPort, workerData } from 'node:worker_threads';
import { describeDbError, StoreDb } from './store_db.js';
import { StoreHost, type StoreMessage, type StoreReply } from './store_host.js';
import { lowerThreadPriority } from './thread_priority.js';

const port = parentPort!;
const { path, nice } = workerData as { path: string; nice?: number };
lowerThreadPriority(nice ?? 0);
const host = new StoreHost(new StoreDb(path));

/** Posts the answer; a reply that cannot be sent becomes an error reply, never an exception in this thread. */
function reply(m: StoreMessage, value: unknown): void {
  try {
    port.postMessage({ id: m.id, value } satisfies StoreReply, host.transfers(m, value));
  } catch (e) {
    replyError(m.id, e);
  }
}

function replyError(id: number, e: unknown): void {
  const error = e instanceof Error ? describeDbError(e) : String(e);
  port.postMessage({ id, error } satisfies StoreReply);
}

// Every request gets an answer (its value or its error) and no request, however malformed, throws out
// of this handler: an uncaught exception would end the thread and with it the node's database.
port.on('message', (m: StoreMessage) => {
  if (!m || typeof m !== 'object' || !Number.isSafeInteger(m.id)) {
    // Nothing to answer to: the client only sends numbered requests.
    return;
  }
  let answer: Promise<unknown>;
  try {
    answer = host.handle(m);
  } catch (e) {
    answer = Promise.reject(e);
  }
  answer.then(
    (value) => reply(m, value),
    (e: unknown) => replyError(m.id, e),
  );
});
