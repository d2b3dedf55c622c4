// Wallet: sign with Keplr when the browser has it (any chain: the node's chain info is suggested to it),
// or, on the local dev chain (chain id marketchain-local) only, with a pasted test mnemonic that stays
// in this page's memory; then supply, borrow, swap or accept a repo leg.
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

/** The Keplr extension's injected object, when there is one. */
function keplr(): import('../wallet.js').Keplr | undefined {
  return (window as unknown as { keplr?: import('../wallet.js').Keplr }).keplr;
}

export async function walletPage(): Promise<Node> {
  const info = await rest('/cosmos/base/tendermint/v1beta1/node_info');
  const chainId = info.default_node_info.network as string;
  const dev = chainId === DEV_CHAIN;
  const hasKeplr = keplr() !== undefined;
  if (!dev && !hasKeplr) return h('div', {}, h('h1', {}, 'Wallet'), h('p', {}, `This node runs ${chainId}: sign with Keplr (not found in this browser), or use the local dev chain (${DEV_CHAIN}), where a test mnemonic may be pasted.`));
  const result = h('div', { id: 'wallet-result', role: 'status', 'aria-live': 'polite' });
  const who = h('p', { id: 'wallet-address' }, signer ? `Signing as ${signer.address}` : 'Not connected.');
  const connected = (s: import('../wallet.js').Signer, via: string) => {
    signer = s;
    who.replaceChildren('Signing as ', link(`#/account/${s.address}`, s.address));
    who.dataset.via = via;
  };
  const act = (typeUrl: keyof typeof import('../wallet.js').TYPES, make: (v: Record<string, string>) => Record<string, unknown>) => async (v: Record<string, string>) => {
    if (!signer) return void result.replaceChildren(hasKeplr ? 'Connect Keplr first.' : 'Connect with a mnemonic first.');
    const { TYPES } = await import('../wallet.js');
    result.replaceChildren('Signing and sending…');
    try {
      const r = await signer.send(TYPES[typeUrl], make(v));
      result.replaceChildren(h('span', { 'data-code': r.code }, r.code === 0 ? 'Included: ' : `Failed (code ${r.code}): ${r.log} `), link(`#/tx/${r.hash}`, r.hash));
    } catch (e) {
      result.replaceChildren(h('span', { 'data-code': 'error' }, `Refused: ${(e as Error).message}`));
    }
  };
  let keplrButton: HTMLButtonElement | null = null;
  if (hasKeplr) {
    keplrButton = h('button', { type: 'button', id: 'keplr-connect' }, 'Connect Keplr');
    keplrButton.addEventListener('click', async () => {
      try {
        const [{ connectKeplr }, chainInfo, { rpc_url }] = await Promise.all([import('../wallet.js'), rest('/chain-info.json'), config()]);
        connected(await connectKeplr(keplr()!, chainInfo, rpc_url), 'keplr');
      } catch (err) {
        who.replaceChildren(`Keplr did not connect: ${(err as Error).message}`);
      }
    });
  }
  let connectForm: HTMLFormElement | null = null;
  if (dev) {
    connectForm = h('form', { id: 'wallet-connect' },
      h('label', { for: 'mnemonic' }, 'Test mnemonic (dev chain only; kept in this page only) '),
      h('textarea', { id: 'mnemonic', rows: 2, cols: 60, autocomplete: 'off', spellcheck: false }),
      h('button', { type: 'submit' }, 'Connect'));
    connectForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const m = (document.getElementById('mnemonic') as HTMLTextAreaElement).value;
      try {
        const { connect } = await import('../wallet.js');
        connected(await connect(m, (await config()).rpc_url), 'mnemonic');
      } catch (err) {
        who.replaceChildren(`Cannot use this mnemonic: ${(err as Error).message}`);
      }
    });
  }
  return h('div', {}, h('h1', {}, dev ? 'Wallet (dev chain)' : 'Wallet'),
    keplrButton ? h('p', {}, keplrButton, ` Keplr is asked to add ${chainId} (from this node's `, link('/chain-info.json', 'chain info'), ') and to sign.') : null,
    connectForm, who,
    h('div', { class: 'cols' },
      form('wallet-supply', 'Supply', [['denom', 'Denom', 'uusdc'], ['amount', 'Amount', '1000000']], act('supply', (v) => ({ denom: v.denom, amount: v.amount }))),
      form('wallet-borrow', 'Borrow', [['denom', 'Denom', 'uusdc'], ['amount', 'Amount', '1000']], act('borrow', (v) => ({ denom: v.denom, amount: v.amount }))),
      form('wallet-swap', 'Swap', [['pool', 'Pool', '1'], ['denom', 'Denom in', 'uusdc'], ['amount', 'Amount in', '1000000'], ['min', 'Min out', '0']], act('swap', (v) => ({ poolId: v.pool, denomIn: v.denom, amountIn: v.amount, minAmountOut: v.min }))),
      form('wallet-accept', 'Accept repo leg', [['round', 'Round', '1']], act('acceptLeg', (v) => ({ roundId: v.round })))),
    result);
}
