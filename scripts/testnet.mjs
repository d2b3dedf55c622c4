// `npm run testnet [-- --validators N] [--base-port P] [--output DIR]`: writes a local network with
// `marketchaind testnet` (into a temp folder unless --output is given), starts per validator one
// `marketchaind start --abci` and one `cometbft node` on 127.0.0.1, prints each RPC URL, and stops them
// all on Ctrl-C / SIGTERM. If any process dies, the others are stopped and this exits with 1.
// Needs `npm run build` first (npm run testnet does it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { readTestnet, TestnetMember, latestHeight } = await import(join(root, 'dist/node/testnet_run.js'));

const { values } = parseArgs({
  options: {
    validators: { type: 'string', default: '4' },
    'base-port': { type: 'string', default: '26600' },
    'chain-id': { type: 'string', default: 'marketchain-testnet' },
    'block-time': { type: 'string', default: '250ms' },
    'snapshot-interval': { type: 'string', default: '20' },
    output: { type: 'string' },
  },
});
const dir = values.output ?? mkdtempSync(join(tmpdir(), 'marketchain-testnet-'));
try {
  execFileSync(
    process.execPath,
    [join(root, 'dist/node/main.js'), 'testnet', '--output', dir, '--validators', values.validators, '--base-port', values['base-port'], '--chain-id', values['chain-id'], '--block-time', values['block-time'], '--snapshot-interval', values['snapshot-interval']],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
} catch {
  process.exit(1);
}
const net = readTestnet(dir);
const members = net.nodes.map((n) => new TestnetMember(n, net.cometbft));

let stopping = false;
async function stopAll(code, why) {
  if (stopping) return;
  stopping = true;
  if (why) console.error(why);
  console.error('stopping all nodes ...');
  await Promise.all(members.map((m) => m.stop()));
  for (const m of members) m.close();
  console.error(`stopped; the homes and logs stay in ${dir}`);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
for (const m of members) {
  m.onUnexpectedExit = (what, code, signal) => void stopAll(1, `${m.node.moniker}: ${what} exited (${code ?? signal}); see ${join(dir, m.node.moniker, what === 'app' ? 'app.log' : 'cometbft.log')}`);
}

try {
  await Promise.all(members.map((m) => m.startApp()));
  for (const m of members) m.startComet();
} catch (e) {
  await stopAll(1, e instanceof Error ? e.message : String(e));
}
for (;;) {
  const heights = await Promise.all(members.map((m) => latestHeight(m.node.rpc)));
  if (heights.every((h) => h !== undefined && h >= 1)) break;
  await new Promise((r) => setTimeout(r, 200));
}
console.log(`marketchain testnet "${net.chain_id}": ${members.length} validators, homes and logs in ${dir}`);
for (const m of members) console.log(`  ${m.node.moniker}  rpc ${m.node.rpc}  (p2p ${m.node.p2p}, app ${m.node.proxy_app})`);
console.log(`funded account "${net.account.name}" ${net.account.address} (${net.account.coins}); its key is in ${members[0].node.app_home}/keyring-test`);
console.log(`every app keeps a state-sync snapshot every ${values['snapshot-interval']} blocks (the 2 most recent): a full node joins by state sync as node/abci/README.md shows`);
console.log('Ctrl-C stops every node.');
