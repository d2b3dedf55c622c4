// abci_query (CometBFT's shape): the latest state, a past height within the kept window, or a store key
// with its ICS-23 proof (node/history.ts); Simulate through the node's queue of simulations; GetTx from the
// block store.
import { toBase64 } from '../../chain/codec/bytes.js';
import type { ChainNode } from '../chain_node.js';
import { HistoryBusy, type HistoryAnswer } from '../history.js';
import { SIMULATE_PATH, SimulationsBusy } from '../simulations.js';
import { rpcErrors } from './errors.js';
import { GET_TX_PATH, getTxQuery } from './tx_response.js';
import { boolParam, hexParam, intParam, stringParam, type Params } from './params.js';

const b64OrNull = (b: Uint8Array | undefined) => (b && b.length ? toBase64(b) : null);

export async function abciQuery(node: ChainNode, p: Params) {
  const path = stringParam(p, 'path', true)!;
  const data = hexParam(p, 'data');
  const height = intParam(p, 'height', 0)!;
  const prove = boolParam(p, 'prove');
  let r: HistoryAnswer;
  try {
    if (path === SIMULATE_PATH) {
      if (height !== 0 && height !== node.app.lastHeight) throw rpcErrors.invalidParams(`${SIMULATE_PATH} runs on the latest state only (height ${height} given)`);
      r = await node.simulations.run(data);
    } else if (path === GET_TX_PATH) {
      // A committed tx is in the block store, not in state: every height sees it.
      r = await getTxQuery(node, data);
    } else r = await node.history.query(path, data, height, prove);
  } catch (e) {
    if (e instanceof SimulationsBusy || e instanceof HistoryBusy) throw rpcErrors.internal(e.message);
    throw e;
  }
  return {
    response: {
      code: r.code,
      log: r.log,
      info: '',
      index: '0',
      key: b64OrNull(r.key),
      value: b64OrNull(r.value),
      proofOps: r.proofOps ? { ops: r.proofOps.map((o) => ({ type: o.type, key: toBase64(o.key), data: toBase64(o.data) })) } : null,
      height: String(Math.max(r.height, 1)),
      codespace: r.codespace,
    },
  };
}
