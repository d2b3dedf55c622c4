// A block's results serialized once for both of their JSON forms: the stored record
// (JSON.stringify(StoredResults)) and the RPC `block_results` result (formatBlockResults in
// rpc/format.ts). Both carry every tx's events, most of a block's results by size (≈ 2 KB of a bank
// send's), in the same shape ({type, attributes: [{key, value, index}]}): each tx's events are
// stringified once and the two documents are assembled around them, byte for byte what the two
// JSON.stringify calls gave (tested in results_json.test.ts).
import { toBase64 } from '../chain/codec/bytes.js';
import type { Event } from '../chain/events.js';
import type { StoredResults } from './block_types.js';

/** Events as JSON, keys in the stored (and RPC) order whatever order the objects were built in. */
function eventsJson(events: Event[]): string {
  return JSON.stringify(events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) })));
}

export function resultsJson(r: StoredResults): { stored: string; rpc: string } {
  const s = JSON.stringify;
  const stored: string[] = [];
  const rpc: string[] = [];
  for (const t of r.txs_results) {
    const events = eventsJson(t.events);
    stored.push(`{"code":${s(t.code)},"codespace":${s(t.codespace)},"log":${s(t.log)},"data":${s(t.data)},"gas_wanted":${s(t.gas_wanted)},"gas_used":${s(t.gas_used)},"events":${events}}`);
    rpc.push(`{"code":${s(t.code)},"data":${s(t.data || null)},"log":${s(t.log)},"info":"","gas_wanted":${s(String(t.gas_wanted))},"gas_used":${s(String(t.gas_used))},"events":${events},"codespace":${s(t.codespace)}}`);
  }
  const finalize = s(r.finalize_block_events);
  return {
    stored: `{"height":${s(r.height)},"app_hash":${s(r.app_hash)},"results_hash":${s(r.results_hash)},"store_roots":${s(r.store_roots)},"txs_results":[${stored.join(',')}],"finalize_block_events":${finalize},"commit":${s(r.commit)}}`,
    rpc: `{"height":${s(String(r.height))},"txs_results":[${rpc.join(',')}],"finalize_block_events":${finalize},"validator_updates":[],"consensus_param_updates":null,"app_hash":${s(toBase64(Buffer.from(r.app_hash, 'hex')))}}`,
  };
}
