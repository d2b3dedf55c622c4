// The WebSocket subscription to new blocks (CometBFT's `subscribe` with tm.event='NewBlock'), kept open:
// when the node stops the banner says so and the connection is retried every second; when it comes back
// the banner goes and the current page is drawn again from fresh data.
import { config } from './api.js';

export interface LiveBlock {
  height: number;
  hash: string;
  time: string;
  txs: number;
}

type Listener = (b: LiveBlock) => void;
const listeners = new Set<Listener>();
const reconnectListeners = new Set<() => void>();
let connected = false;

export function onBlock(f: Listener): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function onReconnect(f: () => void): void {
  reconnectListeners.add(f);
}

export function isConnected(): boolean {
  return connected;
}

function banner(show: boolean): void {
  const b = document.getElementById('banner')!;
  b.hidden = !show;
  b.textContent = show ? 'Connection to the node lost: reconnecting…' : '';
  document.body.dataset.connection = show ? 'lost' : 'live';
}

export async function startLive(): Promise<void> {
  const { websocket_url } = await config();
  let everOpen = false;
  const open = () => {
    const ws = new WebSocket(websocket_url);
    ws.onopen = () => {
      ws.send(JSON.stringify({ jsonrpc: '2.0', id: 'blocks', method: 'subscribe', params: { query: "tm.event='NewBlock'" } }));
      connected = true;
      banner(false);
      if (everOpen) for (const f of reconnectListeners) f();
      everOpen = true;
    };
    ws.onmessage = (m) => {
      const v = JSON.parse(String(m.data))?.result?.data?.value;
      if (!v?.block) return;
      const b: LiveBlock = { height: Number(v.block.header.height), hash: v.block_id.hash, time: v.block.header.time, txs: v.block.data?.txs?.length ?? 0 };
      for (const f of listeners) f(b);
    };
    ws.onclose = () => {
      if (connected || !everOpen) banner(true);
      connected = false;
      setTimeout(open, 1000);
    };
  };
  open();
}
