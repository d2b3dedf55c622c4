// Durability: kill -9 the node under load, restart, nothing committed is lost, heights only grow,
// replay passes; a tampered state value is detected by replay (naming the height and store) and at start.
import test from 'ava';
import { ClassicLevel } from 'classic-level';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient } from '@cosmjs/stargate';
import { TestNode, sleep } from '../helpers/node_process.js';
import { toHexUpper } from '../../chain/codec/bytes.js';
import { hashFromByteSlices } from '../../chain/merkle/simple_merkle.js';
import { resultsHash } from '../../chain/results.js';
import { resultsKey } from '../../node/db_layout.js';

test.serial('[e2e/restart]: kill -9 under load, restart, committed txs and balances survive, replay passes; tampering is detected', async (t) => {
  const node = await TestNode.start({ blockTime: '150ms' });
  try {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
    const [dev] = await wallet.getAccounts();
    const client = await SigningStargateClient.connectWithSigner(node.url, wallet, { broadcastPollIntervalMs: 100 });
    const to = 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr';
    const acc = await client.getAccount(dev!.address);
    const fee = { amount: [{ denom: 'umkt', amount: '2000' }], gas: '100000' };
    // Queue 30 sends (sequences n..n+29) without waiting, then kill -9 while blocks are being written.
    const hashes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const signed = await client.sign(dev!.address, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: dev!.address, toAddress: to, amount: [{ denom: 'umkt', amount: '1' }] } }], fee, '', { accountNumber: acc!.accountNumber, sequence: acc!.sequence + i, chainId: 'marketchain-local' });
      const { TxRaw } = await import('cosmjs-types/cosmos/tx/v1beta1/tx');
      hashes.push(await client.broadcastTxSync(TxRaw.encode(signed).finish()));
    }
    await sleep(200);
    client.disconnect();
    // Observe which txs are committed, then SIGKILL.
    const seen: { hash: string; height: number }[] = [];
    for (const h of hashes) {
      const r = await node.rpc('tx_search', { query: `tx.hash='${h}'` });
      if (r.txs.length === 1) seen.push({ hash: h, height: Number(r.txs[0].height) });
    }
    const before = await node.height();
    t.is(await node.stop('SIGKILL'), null);
    await node.spawn(['--block-time', '150ms']);
    const after = await node.height();
    t.true(after >= before, `height went backwards: ${before} -> ${after}`);
    for (const s of seen) {
      const r = await node.rpc('tx_search', { query: `tx.hash='${s.hash}'` });
      t.is(r.txs.length, 1, `committed tx ${s.hash} lost after kill -9`);
      t.is(Number(r.txs[0].height), s.height);
    }
    // Every queued tx ends up committed exactly once (the mempool is not persisted, so resubmit the rest).
    const c2 = await SigningStargateClient.connect(node.url);
    const bal = BigInt((await c2.getBalance(to, 'umkt')).amount);
    const committed = (await Promise.all(hashes.map((h) => node.rpc('tx_search', { query: `tx.hash='${h}'` })))).filter((r) => r.txs.length === 1).length;
    t.is(bal, BigInt(committed));
    c2.disconnect();
    await node.waitHeight(after + 2);
    // Txs per block from the first one that holds a committed send (every send is committed: later blocks are empty).
    const from = Math.min(...(await Promise.all(hashes.map((h) => node.rpc('tx_search', { query: `tx.hash='${h}'` })))).map((r) => Number(r.txs[0].height)));
    const top = await node.height();
    const counts: number[] = [];
    for (let h = from; h <= top; h++) counts.push((await node.rpc('block', { height: String(h) })).block.data.txs.length);
    const txsFrom = counts.reduce((a, b) => a + b, 0);
    await node.stop('SIGTERM');

    const ok = node.replay(['-o', 'json']);
    t.is(ok.code, 0, ok.stdout + ok.stderr);
    const rep = JSON.parse(ok.stdout);
    t.true(rep.ok);
    t.true(rep.height >= after + 2);
    t.is(rep.timed, undefined);
    // --time-from: the blocks from that height on are timed by themselves (the benchmark's warm-up cut).
    const timed = JSON.parse(node.replay(['-o', 'json', '--time-from', String(from + 1)]).stdout);
    t.like(timed, { ok: true, height: rep.height, txs: rep.txs, timed: { from_height: from + 1, txs: txsFrom - counts[0]! } });
    t.true(timed.timed.seconds > 0 && timed.timed.seconds <= timed.seconds);
    t.like(JSON.parse(node.replay(['-o', 'json', '--time-from', '1']).stdout), { txs: rep.txs, timed: { from_height: 1, txs: rep.txs } });
    const text = node.replay(['--time-from', String(from)]);
    t.regex(text.stdout, new RegExp(`^from height ${from}: ${txsFrom} txs in \\d+\\.\\d\\ds \\(\\d+\\.\\d tx/s\\)$`, 'm'));
    const badFrom = node.replay(['--time-from', '0']);
    t.is(badFrom.code, 1);
    t.regex(badFrom.stderr, /--time-from must be a positive height, got 0/);

    // Tamper: change one stored bank balance value, keep everything else.
    const db = new ClassicLevel<Uint8Array, Uint8Array>(join(node.home, 'data', 'state.db'), { keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    let tampered = false;
    for await (const [k] of db.iterator({ gte: Uint8Array.of(0x40, 0x02, 0x02), lt: Uint8Array.of(0x40, 0x02, 0x03) })) {
      await db.put(k, new TextEncoder().encode('999'));
      tampered = true;
      break;
    }
    await db.close();
    t.true(tampered);
    const bad = node.replay();
    t.is(bad.code, 2, bad.stdout + bad.stderr);
    t.regex(bad.stdout, new RegExp(`replay FAILED at height ${rep.height}: stored state mismatch in store bank`));
    // The node refuses to start on a corrupted state.
    await t.throwsAsync(node.spawn(), { message: /stored state is corrupted/ });
  } finally {
    await node.destroy();
  }
});

test.serial('[e2e/restart]: SIGTERM stops cleanly after the block in progress and a restart continues the chain', async (t) => {
  const node = await TestNode.start({ blockTime: '100ms' });
  try {
    await node.waitHeight(3);
    t.is(await node.stop('SIGTERM'), 0);
    t.regex(node.log, /stopped at height \d+/);
    const h = Number(/stopped at height (\d+)/.exec(node.log)![1]);
    await node.spawn(['--block-time', '100ms']);
    await node.waitHeight(h + 2);
    const b = await node.rpc('block', { height: String(h + 1) });
    const prev = await node.rpc('block', { height: String(h) });
    t.is(b.block.header.last_block_id.hash, prev.block_id.hash);
    t.true(Date.parse(b.block.header.time) > Date.parse(prev.block.header.time));
    // The first header after the restart, and the next one, commit to the previous block's signature and results.
    for (const height of [h + 1, h + 2]) {
      const { block } = await node.rpc('block', { height: String(height) });
      const { txs_results } = await node.rpc('block_results', { height: String(height - 1) });
      const sig = block.last_commit.signatures[0].signature;
      t.is(block.header.last_commit_hash, toHexUpper(hashFromByteSlices([Buffer.from(sig, 'base64')])));
      const results = (txs_results ?? []).map((r: { code: number; data: string | null; gas_wanted: string; gas_used: string }) => ({ code: r.code, codespace: '', log: '', data: Buffer.from(r.data ?? '', 'base64'), gasWanted: Number(r.gas_wanted), gasUsed: Number(r.gas_used), events: [] }));
      t.is(block.header.last_results_hash, toHexUpper(resultsHash(results)));
    }
    // Without the last block's results the next header cannot be made: the node refuses to start.
    t.is(await node.stop('SIGTERM'), 0);
    const last = Number([...node.log.matchAll(/stopped at height (\d+)/g)].at(-1)![1]);
    const db = new ClassicLevel<Uint8Array, Uint8Array>(join(node.home, 'data', 'state.db'), { keyEncoding: 'view', valueEncoding: 'view' });
    await db.open();
    await db.del(resultsKey(last));
    await db.close();
    await t.throwsAsync(node.spawn(), { message: new RegExp(`the database has no results for its last block ${last}`) });
  } finally {
    await node.destroy();
  }
});
