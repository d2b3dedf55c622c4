// The event index groups read from packed results equal the grouping of the results' event objects
// (one entry per `type.key` + 0x00 + value, its txs ascending, each once).
import test from 'ava';
import fc from 'fast-check';
import { eventGroups } from './event_groups.js';
import { packTxResults } from './results_layout.js';
import type { StoredTxResult } from './block_types.js';
import { txResult } from '../test/helpers/results_arb.js';

function reference(txs: StoredTxResult[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  txs.forEach((t, i) => {
    for (const ev of t.events) {
      for (const a of ev.attributes) {
        if (!a.index || a.key === '') continue;
        const attribute = `${ev.type}.${a.key}\u0000${a.value}`;
        const list = groups.get(attribute);
        if (!list) groups.set(attribute, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  return groups;
}

test('[event-groups]: packed results group as their event objects do', (t) => {
  fc.assert(
    fc.property(fc.array(txResult, { maxLength: 20 }), (txs) => {
      const got = eventGroups(structuredClone(packTxResults(txs)));
      t.deepEqual([...got], [...reference(txs)]);
      return true;
    }),
    { numRuns: 500 },
  );
});

test('[event-groups]: attributes whose type.key strings are equal share an entry; unindexed and keyless ones are left out', (t) => {
  const ev = (type: string, key: string, value: string, index = true) => ({ type, attributes: [{ key, value, index }] });
  const tx = (events: StoredTxResult['events']): StoredTxResult => ({ code: 0, codespace: '', log: '', data: '', gas_wanted: 1, gas_used: 1, events });
  const got = eventGroups(packTxResults([tx([ev('a.b', 'c', 'v'), ev('a', 'b.c', 'v')]), tx([ev('a', 'b.c', 'v'), ev('x', '', 'v'), ev('x', 'y', 'v', false)])]));
  t.deepEqual([...got], [['a.b.c\u0000v', [0, 1]]]);
});
