// The events CometBFT 0.38's event bus publishes for a committed block, in its JSON shapes
// (types/events.go): NewBlock {block, block_id, result_finalize_block}, NewBlockHeader {header},
// NewBlockEvents {height, events, num_txs}, then one Tx {TxResult: {height, index, tx, result}} per
// tx. Each is made once per block, whatever the number of subscribers: `data` is the JSON of the
// `data` field of a subscription's answer and `events` its events map.
import { toHexUpper } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import type { Event } from '../../chain/events.js';
import type { ChainNode } from '../chain_node.js';
import { eventsMap, type EventsMap } from './event_query.js';
import { blockJson, blockResultsAt } from './store_render.js';

export interface BusEvent {
  /** `tm.event` */
  type: 'NewBlock' | 'NewBlockHeader' | 'NewBlockEvents' | 'Tx';
  /** JSON of `{"type":"tendermint/event/<type>","value":…}` */
  data: string;
  events: EventsMap;
}

interface ResultsJson {
  height: string;
  txs_results: { events: Event[] }[] | null;
  finalize_block_events: Event[] | null;
  validator_updates: unknown;
  consensus_param_updates: unknown;
  app_hash: string;
}

const text = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');

/**
 * The events of committed block `height` (undefined when it is not stored). `wanted` says which types
 * some subscription may take: the Tx events of a large block are made only when one may.
 */
export async function blockEvents(node: ChainNode, height: number, wanted: (type: BusEvent['type']) => boolean): Promise<BusEvent[] | undefined> {
  const [blockBytes, resultsBytes] = await Promise.all([blockJson(node.db, height), blockResultsAt(node.db, height)]);
  if (!blockBytes || !resultsBytes) return undefined;
  // `{"block_id":…,"block":…}` as the `block` method renders it: the NewBlock value is it with the results added.
  const blockText = text(blockBytes);
  const block = JSON.parse(blockText) as { block: { header: unknown; data: { txs: string[] | null } } };
  const results = JSON.parse(text(resultsBytes)) as ResultsJson;
  const txResults = results.txs_results ?? [];
  const blockEventList = results.finalize_block_events ?? [];
  const finalize = JSON.stringify({
    events: blockEventList,
    tx_results: txResults,
    validator_updates: results.validator_updates ?? [],
    consensus_param_updates: results.consensus_param_updates ?? null,
    app_hash: results.app_hash,
  });
  const typed = (type: BusEvent['type'], value: string) => `{"type":"tendermint/event/${type}","value":${value}}`;
  const out: BusEvent[] = [
    { type: 'NewBlock', data: typed('NewBlock', `${blockText.slice(0, -1)},"result_finalize_block":${finalize}}`), events: eventsMap(blockEventList, { 'tm.event': ['NewBlock'] }) },
    { type: 'NewBlockHeader', data: typed('NewBlockHeader', JSON.stringify({ header: block.block.header })), events: eventsMap([], { 'tm.event': ['NewBlockHeader'] }) },
    {
      type: 'NewBlockEvents',
      data: typed('NewBlockEvents', JSON.stringify({ height: String(height), events: blockEventList.length ? blockEventList : null, num_txs: String(txResults.length) })),
      events: eventsMap(blockEventList, { 'tm.event': ['NewBlockEvents'] }),
    },
  ];
  const txs = wanted('Tx') ? (block.block.data.txs ?? []) : [];
  txs.forEach((tx, index) => {
    const result = txResults[index];
    if (!result) return;
    const hash = toHexUpper(sha256(Buffer.from(tx, 'base64')));
    out.push({
      type: 'Tx',
      data: typed('Tx', JSON.stringify({ TxResult: { height: String(height), index, tx, result } })),
      events: eventsMap(result.events, { 'tm.event': ['Tx'], 'tx.hash': [hash], 'tx.height': [String(height)] }),
    });
  });
  return out.filter((e) => wanted(e.type));
}
