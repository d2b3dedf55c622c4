// Subscription queries (CometBFT's pubsub query language, as tx_search's: conditions joined by AND on
// `tm.event`, `tx.hash`, `tx.height` or any `type.key` of an event, with = < <= > >= CONTAINS EXISTS),
// matched against an event's map of composite keys to values (`{"tm.event":["Tx"],"transfer.amount":[…]}`).
// A condition holds when any value of its key meets it, as CometBFT's query.Matches.
import { compare, type Condition } from '../tx_index_search.js';
import { RpcError } from './errors.js';
import { parseQuery } from './tx_search.js';

export type EventsMap = Record<string, string[]>;

export interface EventQuery {
  /** The query as the client wrote it: the subscription's name, echoed in every event. */
  text: string;
  conds: Condition[];
  /** The `tm.event` it requires, when it names one by equality (most do): other events skip it unread. */
  eventType?: string;
}

/** Parses a subscription query; a bad one is refused with CometBFT's `failed to parse query: …`. */
export function parseEventQuery(text: string): EventQuery {
  let conds: Condition[];
  try {
    conds = parseQuery(text);
  } catch (e) {
    throw new RpcError(-32603, 'Internal error', `failed to parse query: ${e instanceof RpcError ? e.data : (e as Error).message}`);
  }
  const typed = conds.find((c) => c.key === 'tm.event' && c.op === '=');
  return { text, conds, eventType: typed?.value };
}

export function queryMatches(q: EventQuery, events: EventsMap): boolean {
  return q.conds.every((c) => {
    const values = events[c.key];
    if (!values || values.length === 0) return false;
    return c.op === 'EXISTS' || values.some((v) => compare(v, c));
  });
}

/** The map of an event list (`type.key` → values, every attribute as CometBFT's event bus takes them) plus the given reserved keys. */
export function eventsMap(events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[], reserved: EventsMap): EventsMap {
  const out: EventsMap = Object.create(null) as EventsMap;
  for (const e of events) {
    if (!e.type) continue;
    for (const a of e.attributes) {
      if (!a.key) continue;
      const k = `${e.type}.${a.key}`;
      (out[k] ??= []).push(a.value);
    }
  }
  for (const [k, v] of Object.entries(reserved)) (out[k] ??= []).push(...v);
  return out;
}
