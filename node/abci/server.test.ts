import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import { tendermint } from '../../proto/cometbft_abci.js';
import { AbciTestClient } from '../../test/helpers/abci_client.js';
import { kinds, messageArb } from '../../test/helpers/abci_arb.js';
import { ABCI_METHODS, BaseAbciApp, type AbciApp } from './app.js';
import { encodeFrame, encodeUvarint } from './frame.js';
import { AbciServer, parseListenAddress } from './server.js';

import abci = tendermint.abci;

const CONV = { defaults: true, bytes: String, longs: Number, enums: Number } as const;

async function serve(app: AbciApp, opts: { maxMessageBytes?: number } = {}): Promise<{ server: AbciServer; address: string; logs: string[] }> {
  const logs: string[] = [];
  const server = new AbciServer(app, { ...opts, log: (l) => logs.push(l) });
  const address = await server.listen('tcp://127.0.0.1:0');
  return { server, address, logs };
}

/** An app whose every method records its request and answers the response queued for it. */
class RecordingApp {
  readonly seen: { method: string; req: unknown }[] = [];
  readonly answers: Record<string, unknown>[] = [];
}
function recordingApp(): RecordingApp & AbciApp {
  const r = new RecordingApp();
  for (const m of ABCI_METHODS) {
    (r as unknown as Record<string, unknown>)[m] = (req: unknown) => {
      r.seen.push({ method: m, req });
      return r.answers.shift() ?? {};
    };
  }
  return r as RecordingApp & AbciApp;
}

test('every request kind reaches its AbciApp method intact and its response comes back over the socket', async (t) => {
  const app = recordingApp();
  const { server, address } = await serve(app);
  t.teardown(() => server.close());
  const client = await AbciTestClient.connect(address);
  const responseKinds = new Map(kinds('Response').map((k) => [k.name, k.type]));
  const reqKinds = kinds('Request').filter((k) => (ABCI_METHODS as readonly string[]).includes(k.name));
  t.is(reqKinds.length, ABCI_METHODS.length);
  for (const kind of reqKinds) {
    const resType = responseKinds.get(kind.name)!;
    await fc.assert(
      fc.asyncProperty(messageArb(kind.type), messageArb(resType), async (reqBody, resBody) => {
        app.seen.length = 0;
        app.answers.push(resBody);
        const res = await client.call({ [kind.name]: reqBody });
        t.is(app.seen.length, 1);
        t.is(app.seen[0]!.method, kind.name);
        const ReqType = (abci as unknown as Record<string, { fromObject(o: object): unknown; toObject(m: unknown, o: object): object }>)[kind.type.name]!;
        const ResType = (abci as unknown as Record<string, { fromObject(o: object): unknown; toObject(m: unknown, o: object): object }>)[resType.name]!;
        t.deepEqual(ReqType.toObject(app.seen[0]!.req, CONV), ReqType.toObject(ReqType.fromObject(reqBody), CONV));
        t.is(res.value, kind.name as typeof res.value);
        t.deepEqual(ResType.toObject((res as unknown as Record<string, unknown>)[kind.name], CONV), ResType.toObject(ResType.fromObject(resBody), CONV));
      }),
      { numRuns: 25 },
    );
  }
  client.close();
});

test('Echo and Flush are answered by the server, not the app', async (t) => {
  const app = new (class extends BaseAbciApp {
    override info(): never {
      throw new Error('not called');
    }
  })();
  const { server, address } = await serve(app);
  t.teardown(() => server.close());
  const client = await AbciTestClient.connect(address);
  const echo = await client.call({ echo: { message: 'hello' } });
  t.is(echo.value, 'echo');
  t.is(echo.echo!.message, 'hello');
  const flush = await client.call({ flush: {} });
  t.is(flush.value, 'flush');
  client.close();
});

test('requests written back to back on one connection are answered in order, however long each takes', async (t) => {
  const app = new (class extends BaseAbciApp {
    override async checkTx(req: abci.RequestCheckTx): Promise<abci.ResponseCheckTx.$Properties> {
      await new Promise((r) => setTimeout(r, req.tx[0]! % 7));
      return { code: req.tx[0]! };
    }
  })();
  const { server, address } = await serve(app);
  t.teardown(() => server.close());
  const client = await AbciTestClient.connect(address);
  const codes = Array.from({ length: 60 }, (_, i) => (i * 37) % 251);
  client.writeRaw(Buffer.concat([...codes.map((c) => AbciTestClient.frame({ checkTx: { tx: Uint8Array.of(c) } })), AbciTestClient.frame({ flush: {} })]));
  const got: number[] = [];
  for (const _ of codes) got.push((await client.next()).checkTx!.code ?? -1);
  t.deepEqual(got, codes);
  t.is((await client.next()).value, 'flush');
  client.close();
});

test('connections are served concurrently: a request waiting on one does not hold up another', async (t) => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const app = new (class extends BaseAbciApp {
    override async finalizeBlock(): Promise<abci.ResponseFinalizeBlock.$Properties> {
      await gate; // opened only by a Query on another connection
      return { appHash: Uint8Array.of(1) };
    }
    override query(): abci.ResponseQuery.$Properties {
      release();
      return { code: 0 };
    }
  })();
  const { server, address } = await serve(app);
  t.teardown(() => server.close());
  const consensus = await AbciTestClient.connect(address);
  const query = await AbciTestClient.connect(address);
  const fin = consensus.call({ finalizeBlock: { height: 1 } });
  const q = await query.call({ query: { path: '/x' } });
  t.is(q.value, 'query');
  t.deepEqual([...(await fin).finalizeBlock!.appHash!], [1]);
  t.is(server.connections, 2);
  consensus.close();
  query.close();
});

test('a long pipelined queue is answered in batches: the peer has the first answers before the queue is through', async (t) => {
  // CometBFT's mempool connection sends thousands of CheckTx back to back; answering them only once the
  // whole queue is handled left the socket unread and the peer without answers meanwhile.
  const receivedAt: number[] = [];
  let client: AbciTestClient | undefined;
  const app = new (class extends BaseAbciApp {
    override checkTx(): abci.ResponseCheckTx.$Properties {
      receivedAt.push(client!.received);
      return { code: 0 };
    }
  })();
  const { server, address } = await serve(app);
  t.teardown(() => server.close());
  client = await AbciTestClient.connect(address);
  const n = 2000;
  // One write of n requests (about 30 kB): the server reads them as one chunk and handles them in one go.
  client.writeRaw(Buffer.concat(Array.from({ length: n }, (_, i) => AbciTestClient.frame({ checkTx: { tx: Uint8Array.of(i & 255, i >> 8) } }))));
  for (let i = 0; i < n; i++) t.is((await client.next()).value, 'checkTx');
  t.is(receivedAt.length, n);
  t.is(receivedAt[0], 0);
  // By the last request, the answers of the first batches (256 each) had reached the peer.
  t.true(receivedAt[n - 1]! >= 256, `answers received when the last request was handled: ${receivedAt[n - 1]}`);
});

test('a handler that throws gets ResponseException and its connection closed; the other connections go on', async (t) => {
  const app = new (class extends BaseAbciApp {
    override checkTx(): never {
      throw new Error('boom');
    }
  })();
  const { server, address, logs } = await serve(app);
  t.teardown(() => server.close());
  const bad = await AbciTestClient.connect(address);
  const other = await AbciTestClient.connect(address);
  bad.writeRaw(Buffer.concat([AbciTestClient.frame({ checkTx: { tx: Uint8Array.of(1) } }), AbciTestClient.frame({ echo: { message: 'after' } })]));
  const res = await bad.next();
  t.is(res.value, 'exception');
  t.is(res.exception!.error, 'boom');
  await t.throwsAsync(bad.next(), { message: 'connection closed' }, 'nothing answered after the exception');
  t.is((await other.call({ echo: { message: 'still here' } })).echo!.message, 'still here');
  t.is(logs.length, 1);
  t.regex(logs[0]!, /checkTx raised: boom$/);
  other.close();
});

test('an oversized frame closes that connection with a logged error before its body arrives; the others go on', async (t) => {
  const { server, address, logs } = await serve(new BaseAbciApp(), { maxMessageBytes: 1024 });
  t.teardown(() => server.close());
  const bad = await AbciTestClient.connect(address);
  const other = await AbciTestClient.connect(address);
  // A request of exactly the cap is served.
  const message = 'x'.repeat(1024 - 6);
  t.is(abci.Request.encode({ echo: { message } }).finish().length, 1024);
  t.is((await bad.call({ echo: { message } })).echo!.message, message);
  bad.writeRaw(encodeUvarint(1025));
  await bad.closed;
  t.deepEqual(logs.map((l) => l.replace(/connection \S+:/, 'connection:')), ['closing connection: message length above the cap of 1024 bytes']);
  t.is((await other.call({ echo: { message: 'ok' } })).echo!.message, 'ok');
  t.is(server.connections, 1);
  other.close();
});

test('a truncated frame (the peer ends mid-message) and an undecodable request close only that connection', async (t) => {
  const { server, address, logs } = await serve(new BaseAbciApp());
  t.teardown(() => server.close());
  const truncated = await AbciTestClient.connect(address);
  const garbage = await AbciTestClient.connect(address);
  const other = await AbciTestClient.connect(address);
  const frame = AbciTestClient.frame({ echo: { message: 'cut short' } });
  truncated.socket.end(frame.subarray(0, frame.length - 3));
  await truncated.closed;
  garbage.writeRaw(encodeFrame(Uint8Array.of(0xff, 0xff, 0xff)));
  await garbage.closed;
  t.deepEqual(
    logs.map((l) => l.replace(/connection \S+:/, 'connection:').replace(/request: .*/, 'request: …')),
    [`closing connection: truncated frame: the connection ended ${frame.length - 3} bytes into a message`, 'closing connection: undecodable request: …'],
  );
  t.is((await other.call({ echo: { message: 'ok' } })).echo!.message, 'ok');
  other.close();
});

test('listens on a Unix socket, replacing a stale socket file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'abci-unix-'));
  const path = join(dir, 'app.sock');
  const first = new AbciServer(new BaseAbciApp(), { log: () => {} });
  await first.listen(`unix://${path}`);
  const second = new AbciServer(new BaseAbciApp(), { log: () => {} });
  // The first server's socket file is still there (as after a kill -9): the second replaces it.
  t.is(await second.listen(`unix://${path}`), `unix://${path}`);
  t.teardown(async () => {
    await first.close();
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const client = await AbciTestClient.connect(`unix://${path}`);
  t.is((await client.call({ echo: { message: 'unix' } })).echo!.message, 'unix');
  client.close();
});

test('listen addresses: tcp://host:port, host:port, unix:///path; others refused', (t) => {
  t.deepEqual(parseListenAddress('tcp://127.0.0.1:26658'), { kind: 'tcp', host: '127.0.0.1', port: 26658 });
  t.deepEqual(parseListenAddress('localhost:1'), { kind: 'tcp', host: 'localhost', port: 1 });
  t.deepEqual(parseListenAddress('tcp://[::1]:26658'), { kind: 'tcp', host: '::1', port: 26658 });
  t.deepEqual(parseListenAddress('unix:///tmp/a.sock'), { kind: 'unix', path: '/tmp/a.sock' });
  for (const bad of ['tcp://127.0.0.1', 'tcp://127.0.0.1:70000', 'http://x:1', 'unix://', 'grpc://127.0.0.1:1']) {
    t.throws(() => parseListenAddress(bad), { message: /^ABCI address / }, bad);
  }
});
