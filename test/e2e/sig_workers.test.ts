// `marketchaind start --sig-workers`: 0 verifies CheckTx signatures on the main thread; `--helper-nice`
// (start and replay): the helper threads' priority; bad values of either are refused.
import test, { type ExecutionContext } from 'ava';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, assertIsDeliverTxSuccess } from '@cosmjs/stargate';
import { TestNode, runNodeCmd } from '../helpers/node_process.js';

/** Starts a node with `extraArgs`, sends `amount` umkt with the unmodified cosmjs client, and checks it arrived. */
async function sendsWith(t: ExecutionContext, extraArgs: string[], amount: string): Promise<void> {
  const node = await TestNode.start({ extraArgs });
  try {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(node.mnemonic, { prefix: 'mkt' });
    const client = await SigningStargateClient.connectWithSigner(node.url, wallet, { gasPrice: GasPrice.fromString('0.025umkt'), broadcastPollIntervalMs: 100 });
    const to = 'mkt1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq3sg4zr';
    const r = await client.sendTokens(node.devAddress, to, [{ denom: 'umkt', amount }], 'auto');
    assertIsDeliverTxSuccess(r);
    t.deepEqual(await client.getBalance(to, 'umkt'), { denom: 'umkt', amount });
    client.disconnect();
  } finally {
    await node.destroy();
  }
}

test('[e2e/sig-workers]: a node started with --sig-workers 0 admits and commits a cosmjs send', (t) => sendsWith(t, ['--sig-workers', '0'], '321'));

test('[e2e/sig-workers]: a value that is not a whole number from 0 to 256 is refused before anything starts', (t) => {
  for (const v of ['-1', 'two', '1.5', '257']) {
    const r = runNodeCmd(['start', '--home', '/nonexistent-marketchain-home', '--sig-workers', v]);
    t.is(r.code, 1, v);
    t.is(r.stderr.trim(), `Error: --sig-workers must be a whole number from 0 to 256, got ${JSON.stringify(v)}`);
  }
});

test('[e2e/helper-nice]: start and replay refuse a --helper-nice that is not a whole number from 0 to 19 before anything starts', (t) => {
  for (const cmd of ['start', 'replay']) {
    for (const v of ['-1', 'ten', '2.5', '20']) {
      const r = runNodeCmd([cmd, '--home', '/nonexistent-marketchain-home', '--helper-nice', v]);
      t.is(r.code, 1, `${cmd} ${v}`);
      t.is(r.stderr.trim(), `Error: --helper-nice must be a whole number from 0 to 19, got ${JSON.stringify(v)}`);
    }
  }
});

test('[e2e/helper-nice]: a node started with --helper-nice 0 admits and commits a cosmjs send', (t) => sendsWith(t, ['--helper-nice', '0'], '5'));
