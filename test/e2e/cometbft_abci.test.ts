// The ABCI socket server under the real CometBFT (the pinned binary, installed by the test when
// missing): a minimal kvstore app (test/helpers/abci_kvstore.ts, not the chain) behind
// node/abci/server.ts, txs through CometBFT's RPC, and a restart whose handshake resumes from the
// app's last height.
import test from 'ava';
import { AbciServer } from '../../node/abci/server.js';
import { KvStoreApp } from '../helpers/abci_kvstore.js';
import { CometNode } from '../helpers/cometbft_process.js';

interface TxCommit {
  check_tx: { code: number; codespace?: string };
  tx_result: { code: number; events: { type: string; attributes: { key: string; value: string }[] }[] };
  height: string;
}

const hexOf = (s: string): string => Buffer.from(s).toString('hex');
const txParam = (s: string): string => Buffer.from(s).toString('base64');

test('CometBFT 0.38 drives the ABCI server: four connections, txs committed in order, handshake on restart', async (t) => {
  t.timeout(120_000);
  const app = new KvStoreApp();
  const logs: string[] = [];
  const server = new AbciServer(app, { log: (l) => logs.push(l) });
  const address = await server.listen('tcp://127.0.0.1:0');
  const comet = await CometNode.init(address);
  t.teardown(async () => {
    await comet.remove();
    await server.close();
  });

  await comet.start(2);
  t.is(server.connections, 4, 'consensus, mempool, query and snapshot connections');
  t.true(app.calls.some((c) => c.method === 'info'));

  const txs = ['alpha=1', 'beta=2', 'alpha=3'];
  const heights: number[] = [];
  for (const tx of txs) {
    const r = (await comet.rpc('broadcast_tx_commit', { tx: txParam(tx) })) as TxCommit;
    t.is(r.check_tx.code, 0, tx);
    t.is(r.tx_result.code, 0, tx);
    t.deepEqual(r.tx_result.events.find((e) => e.type === 'kv')?.attributes.find((a) => a.key === 'key')?.value, tx.split('=')[0]);
    heights.push(Number(r.height));
  }
  t.true(heights[0]! < heights[2]!, 'each broadcast_tx_commit waits for its own block');

  const bad = (await comet.rpc('broadcast_tx_sync', { tx: txParam('no-equals-sign') })) as { code: number; codespace: string; log: string };
  t.deepEqual([bad.code, bad.codespace, bad.log], [1, 'kvstore', 'tx is not key=value']);

  const q = (await comet.rpc('abci_query', { path: '/key', data: hexOf('alpha') })) as { response: { code: number; value: string } };
  t.is(q.response.code, 0);
  t.is(Buffer.from(q.response.value, 'base64').toString(), '3');
  t.is(app.state.get('beta'), '2');

  // Consensus calls: InitChain once, then per height PrepareProposal, ProcessProposal, FinalizeBlock, Commit.
  const consensus = app.calls.filter((c) => ['initChain', 'prepareProposal', 'processProposal', 'finalizeBlock', 'commit'].includes(c.method));
  t.is(consensus[0]!.method, 'initChain');
  const lastCommit = consensus.map((c) => c.method).lastIndexOf('commit');
  const blocks = consensus.slice(1, lastCommit + 1);
  t.is(blocks.length % 4, 0);
  for (let i = 0; i < blocks.length; i += 4) {
    const h = i / 4 + 1;
    t.deepEqual(
      blocks.slice(i, i + 4).map((c) => [c.method, c.height]),
      [
        ['prepareProposal', h],
        ['processProposal', h],
        ['finalizeBlock', h],
        ['commit', h],
      ],
    );
  }
  // Each tx was checked (a fresh CheckTx) before the block that carried it was finalized.
  for (const [i, tx] of txs.entries()) {
    const fin = app.calls.findIndex((c) => c.method === 'finalizeBlock' && c.height === heights[i] && c.txs?.includes(tx));
    const check = app.calls.findIndex((c) => c.method === 'checkTx' && c.tx === tx && c.recheck === false);
    t.true(check >= 0 && fin > check, tx);
  }

  // Restart CometBFT: the handshake asks Info, and the chain goes on after the app's last height
  // (no second InitChain, no block replayed from 1).
  await comet.stop();
  const before = app.calls.length;
  const appHeight = app.height;
  await comet.start(appHeight + 2);
  const after = app.calls.slice(before);
  t.deepEqual(after.find((c) => c.method === 'info'), { method: 'info', height: appHeight });
  t.false(after.some((c) => c.method === 'initChain'));
  t.is(after.find((c) => c.method === 'finalizeBlock')!.height, appHeight + 1);
  const block = (await comet.rpc('block', { height: String(appHeight + 2) })) as { block: { header: { app_hash: string } } };
  t.is(block.block.header.app_hash, Buffer.from(appHashAt(app, appHeight + 1)).toString('hex').toUpperCase());
  t.log(`heights ${heights.join(',')}, restarted after ${appHeight}, ${app.calls.length} calls`);
  // A reset when CometBFT stops may be logged; no frame was bad and no handler raised.
  t.deepEqual(logs.filter((l) => !/: socket error: /.test(l)), []);
});

/** The app hash the kvstore app returned for a height, recomputed from its commits (the header of h+1 carries it). */
function appHashAt(app: KvStoreApp, height: number): Uint8Array {
  const h = app.appHashes.get(height);
  if (h === undefined) throw new Error(`no app hash recorded for height ${height}`);
  return h;
}
