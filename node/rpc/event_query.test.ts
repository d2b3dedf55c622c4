import test from 'ava';
import { eventsMap, parseEventQuery, queryMatches } from './event_query.js';
import { RpcError } from './errors.js';

const tx = eventsMap(
  [
    { type: 'transfer', attributes: [{ key: 'recipient', value: 'mkt1a' }, { key: 'amount', value: '5umkt' }] },
    { type: 'transfer', attributes: [{ key: 'recipient', value: 'mkt1b' }, { key: 'amount', value: '7umkt' }] },
    { type: 'message', attributes: [{ key: 'sender', value: 'mkt1s' }, { key: '', value: 'dropped' }] },
    { type: '', attributes: [{ key: 'x', value: 'dropped' }] },
  ],
  { 'tm.event': ['Tx'], 'tx.hash': ['AB12'], 'tx.height': ['42'] },
);

test('[rpc/event_query]: the events map holds every attribute under type.key (repeats kept in order) and the reserved keys; empty types and keys are left out', (t) => {
  t.deepEqual({ ...tx }, {
    'transfer.recipient': ['mkt1a', 'mkt1b'],
    'transfer.amount': ['5umkt', '7umkt'],
    'message.sender': ['mkt1s'],
    'tm.event': ['Tx'],
    'tx.hash': ['AB12'],
    'tx.height': ['42'],
  });
});

test('[rpc/event_query]: a condition holds when any value of its key meets it; every condition must hold', (t) => {
  const m = (q: string) => queryMatches(parseEventQuery(q), tx);
  t.true(m("tm.event='Tx'"));
  t.false(m("tm.event='NewBlock'"));
  t.true(m("tm.event='Tx' AND transfer.recipient='mkt1b'"));
  t.false(m("tm.event='Tx' AND transfer.recipient='mkt1c'"));
  t.true(m("transfer.amount CONTAINS '7u'"));
  t.true(m('tx.height>41 AND tx.height<=42'));
  t.false(m('tx.height>42'));
  t.true(m("tx.hash='AB12'"));
  t.true(m('message.sender EXISTS'));
  t.false(m('message.receiver EXISTS'));
  t.is(parseEventQuery("tm.event='Tx' AND tx.height>1").eventType, 'Tx');
  t.is(parseEventQuery('tx.height>1').eventType, undefined);
});

test('[rpc/event_query]: a bad query is refused with CometBFT\'s "failed to parse query" (-32603)', (t) => {
  const e = t.throws(() => parseEventQuery("tm.event = 'Tx' OR x"), { instanceOf: RpcError });
  t.is(e!.code, -32603);
  t.regex(e!.data, /^failed to parse query: invalid query condition/);
});
