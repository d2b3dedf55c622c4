// Wallet: on the local dev chain (chain id marketchain-local) only, sign with a pasted test mnemonic
// and supply, borrow, swap or accept a repo leg. The mnemonic stays in this page's memory.
import { config, rest } from '../api.js';
import { h, link } from '../dom.js';

const DEV_CHAIN = 'marketchain-local';
let signer: import('../wallet.js').Signer | undefined;

function form(id: string, title: string, fields: [name: string, label: string, value: string][], run: (v: Record<string, string>) => Promise<void>): HTMLFormElement {
  const f = h('form', { id, class: 'action' }, h('h3', {}, title), fields.map(([n, l, v]) => h('label', {}, `${l} `, h('input', { name: n, value: v, required: true }))), h('button', { type: 'submit' }, title));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = Object.fromEntries(fields.map(([n]) => [n, (f.elements.namedItem(n) as HTMLInputElement).value.trim()]));
    void run(v);
  });
  return f;
}

export async function walletPage(): Promise<Node> {
  const info = await rest('/cosmos/base/tendermint/v1beta1/node_info');
  const chainId = info.default_node_info.network as string;
  if (chainId !== DEV_CHAIN) return h('div', {}, h('h1', {}, 'Wallet'), h('p', {}, `Signing in the page is only offered on the local dev chain (${DEV_CHAIN}); this node runs ${chainId}.`));
  const result = h('div', { id: 'wallet-result', role: 'status', 'aria-live': 'polite' });
  const who = h('p', { id: 'wallet-address' }, signer ? `Signing as ${signer.address}` : 'Not connected.');
  const act = (typeUrl: keyof typeof import('../wallet.js').TYPES, make: (v: Record<string, string>) => Record<string, unknown>) => async (v: Record<string, string>) => {
    if (!signer) return void result.replaceChildren('Connect with a mnemonic first.');
    const { TYPES } = await import('../wallet.js');
    result.replaceChildren('Signing and sending…');
    try {
      const r = await signer.send(TYPES[typeUrl], make(v));
      result.replaceChildren(h('span', { 'data-code': r.code }, r.code === 0 ? 'Included: ' : `Failed (code ${r.code}): ${r.log} `), link(`#/tx/${r.hash}`, r.hash));
    } catch (e) {
      result.replaceChildren(h('span', { 'data-code': 'error' }, `Refused: ${(e as Error).message}`));
    }
  };
  const connectForm = h('form', { id: 'wallet-connect' },
    h('label', { for: 'mnemonic' }, 'Test mnemonic (dev chain only; kept in this page only) '),
    h('textarea', { id: 'mnemonic', rows: 2, cols: 60, autocomplete: 'off', spellcheck: false }),
    h('button', { type: 'submit' }, 'Connect'));
  connectForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const m = (document.getElementById('mnemonic') as HTMLTextAreaElement).value;
    try {
      const { connect } = await import('../wallet.js');
      signer = await connect(m, (await config()).rpc_url);
      who.replaceChildren('Signing as ', link(`#/account/${signer.address}`, signer.address));
    } catch (err) {
      who.replaceChildren(`Cannot use this mnemonic: ${(err as Error).message}`);
    }
  });
  return h('div', {}, h('h1', {}, 'Wallet (dev chain)'), connectForm, who,
    h('div', { class: 'cols' },
      form('wallet-supply', 'Supply', [['denom', 'Denom', 'uusdc'], ['amount', 'Amount', '1000000']], act('supply', (v) => ({ denom: v.denom, amount: v.amount }))),
      form('wallet-borrow', 'Borrow', [['denom', 'Denom', 'uusdc'], ['amount', 'Amount', '1000']], act('borrow', (v) => ({ denom: v.denom, amount: v.amount }))),
      form('wallet-swap', 'Swap', [['pool', 'Pool', '1'], ['denom', 'Denom in', 'uusdc'], ['amount', 'Amount in', '1000000'], ['min', 'Min out', '0']], act('swap', (v) => ({ poolId: v.pool, denomIn: v.denom, amountIn: v.amount, minAmountOut: v.min }))),
      form('wallet-accept', 'Accept repo leg', [['round', 'Round', '1']], act('acceptLeg', (v) => ({ roundId: v.round })))),
    result);
}
