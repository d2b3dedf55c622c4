// A minimal ABCI app for the socket server's tests (not the chain): txs are "key=value", the state a
// map committed per block, the app hash sha256 over the sorted pairs. It records every call (kind,
// height where there is one) so tests can check the order CometBFT drives it in.
import { createHash } from 'node:crypto';
import { tendermint } from '../../proto/cometbft_abci.js';
import { BaseAbciApp, txsWithin } from '../../node/abci/app.js';

import abci = tendermint.abci;

export interface AbciCall {
  method: string;
  height?: number;
  /** For checkTx: the tx as text and whether it was a recheck. */
  tx?: string;
  recheck?: boolean;
  /** For finalizeBlock: its txs as text. */
  txs?: string[];
}

const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');
const parse = (tx: Uint8Array): [string, string] | undefined => {
  const m = /^([^=]+)=(.*)$/s.exec(text(tx));
  return m ? [m[1]!, m[2]!] : undefined;
};

export class KvStoreApp extends BaseAbciApp {
  readonly calls: AbciCall[] = [];
  readonly state = new Map<string, string>();
  height = 0;
  appHash: Uint8Array = new Uint8Array(0);
  /** The app hash committed at each height. */
  readonly appHashes = new Map<number, Uint8Array>();
  private staged: { height: number; writes: [string, string][]; appHash: Uint8Array } | undefined;

  override info(_req: abci.RequestInfo): abci.ResponseInfo.$Properties {
    this.calls.push({ method: 'info', height: this.height });
    return { data: 'kvstore', version: '1.0.0', appVersion: 1, lastBlockHeight: this.height, lastBlockAppHash: this.appHash };
  }

  override initChain(req: abci.RequestInitChain): abci.ResponseInitChain.$Properties {
    this.calls.push({ method: 'initChain', height: req.initialHeight });
    return {};
  }

  override checkTx(req: abci.RequestCheckTx): abci.ResponseCheckTx.$Properties {
    const recheck = req.type === abci.CheckTxType.RECHECK;
    this.calls.push({ method: 'checkTx', tx: text(req.tx), recheck });
    return parse(req.tx) ? { code: 0, gasWanted: 1 } : { code: 1, codespace: 'kvstore', log: 'tx is not key=value' };
  }

  override prepareProposal(req: abci.RequestPrepareProposal): abci.ResponsePrepareProposal.$Properties {
    this.calls.push({ method: 'prepareProposal', height: req.height });
    return { txs: txsWithin(req.txs, req.maxTxBytes) };
  }

  override processProposal(req: abci.RequestProcessProposal): abci.ResponseProcessProposal.$Properties {
    this.calls.push({ method: 'processProposal', height: req.height });
    const ok = req.txs.every((t) => parse(t) !== undefined);
    return { status: ok ? abci.ResponseProcessProposal.ProposalStatus.ACCEPT : abci.ResponseProcessProposal.ProposalStatus.REJECT };
  }

  override finalizeBlock(req: abci.RequestFinalizeBlock): abci.ResponseFinalizeBlock.$Properties {
    this.calls.push({ method: 'finalizeBlock', height: req.height, txs: req.txs.map(text) });
    const writes = req.txs.map(parse).filter((w): w is [string, string] => w !== undefined);
    const next = new Map(this.state);
    for (const [k, v] of writes) next.set(k, v);
    const h = createHash('sha256');
    for (const [k, v] of [...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${k.length}:${k}${v.length}:${v}`);
    const appHash = new Uint8Array(h.digest());
    this.staged = { height: req.height, writes, appHash };
    return {
      txResults: req.txs.map((t) => {
        const kv = parse(t);
        return kv ? { code: 0, events: [{ type: 'kv', attributes: [{ key: 'key', value: kv[0], index: true }] }] } : { code: 1, codespace: 'kvstore' };
      }),
      appHash,
    };
  }

  override commit(_req: abci.RequestCommit): abci.ResponseCommit.$Properties {
    const s = this.staged;
    if (s === undefined) throw new Error('commit without finalizeBlock');
    for (const [k, v] of s.writes) this.state.set(k, v);
    this.height = s.height;
    this.appHash = s.appHash;
    this.appHashes.set(s.height, s.appHash);
    this.staged = undefined;
    this.calls.push({ method: 'commit', height: this.height });
    return { retainHeight: 0 };
  }

  override query(req: abci.RequestQuery): abci.ResponseQuery.$Properties {
    this.calls.push({ method: 'query' });
    const key = text(req.data);
    const v = this.state.get(key);
    return v === undefined ? { code: 1, codespace: 'kvstore', log: 'not found', height: this.height } : { code: 0, key: req.data, value: Buffer.from(v), height: this.height };
  }
}
