// marketchain query tx|txs|block, marketchain status
import { decodeTxRaw } from '@cosmjs/proto-signing';
import { CliError, type CliEnv, type GlobalOpts } from '../env.js';

function decodeTx(b64: string) {
  const tx = decodeTxRaw(Buffer.from(b64, 'base64'));
  return {
    body: { messages: tx.body.messages.map((m) => ({ type_url: m.typeUrl, value: Buffer.from(m.value).toString('base64') })), memo: tx.body.memo, timeout_height: tx.body.timeoutHeight.toString() },
    auth_info: {
      fee: { amount: tx.authInfo.fee?.amount ?? [], gas_limit: tx.authInfo.fee?.gasLimit.toString() ?? '0' },
      signer_infos: tx.authInfo.signerInfos.map((s) => ({ sequence: s.sequence.toString() })),
    },
    signatures: tx.signatures.map((s) => Buffer.from(s).toString('base64')),
  };
}

function txJson(r: any) {
  return {
    txhash: r.hash,
    height: r.height,
    code: r.tx_result.code,
    codespace: r.tx_result.codespace,
    raw_log: r.tx_result.log,
    gas_wanted: r.tx_result.gas_wanted,
    gas_used: r.tx_result.gas_used,
    events: r.tx_result.events.map((e: any) => ({ type: e.type, attributes: e.attributes.map((a: any) => ({ key: a.key, value: a.value })) })),
    tx: decodeTx(r.tx),
  };
}

function txText(j: ReturnType<typeof txJson>): string {
  const lines = [`txhash: ${j.txhash}`, `height: ${j.height}`, `code: ${j.code}${j.code ? ` (${j.codespace}: ${j.raw_log})` : ''}`, `gas used / wanted: ${j.gas_used} / ${j.gas_wanted}`, `messages: ${j.tx.body.messages.map((m) => m.type_url).join(', ')}`];
  if (j.tx.body.memo) lines.push(`memo: ${j.tx.body.memo}`);
  lines.push('events:');
  for (const e of j.events) lines.push(`  ${e.type}: ${e.attributes.map((a: any) => `${a.key}=${a.value}`).join(' ')}`);
  return lines.join('\n');
}

export function registerChainQueries(env: CliEnv): void {
  env.addQueryFlags(env.query.command('tx').description('a committed tx by hash').argument('<hash>', 'tx hash (hex)')).action(async (hash, _o, cmd) => {
    const o = env.opts(cmd);
    if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw new CliError(`invalid tx hash ${JSON.stringify(hash)}: expected 64 hex characters`);
    let r: any;
    try {
      r = await env.rpc(o, 'tx', { hash: Buffer.from(hash, 'hex').toString('base64') });
    } catch (e) {
      if (/not found/.test((e as Error).message)) throw new CliError(`tx ${hash.toUpperCase()} not found`);
      throw e;
    }
    const j = txJson(r);
    env.output(o, j, () => txText(j));
  });

  env.addQueryFlags(
    env.query
      .command('txs')
      .description("search committed txs, e.g. --query \"transfer.recipient='mkt1…'\"")
      .requiredOption('--query <query>', "conditions joined by AND, e.g. \"message.sender='mkt1…' AND tx.height>5\"")
      .option('--page <n>', 'page number (CometBFT pages the search)', '1')
      .option('--limit <n>', 'results per page (max 100)', '30')
      .option('--offset <n>', 'results to skip: a multiple of --limit (instead of --page)')
      .option('--page-key <key>', 'the next_key of a previous page (instead of --page)')
      .option('--count-total', 'pagination.total (total_count is always given)')
      .option('--reverse', 'newest first'),
  ).action(async (_o, cmd) => {
    const o = env.opts<any>(cmd);
    const limit = Number(o.limit);
    if (!/^\d{1,3}$/.test(o.limit) || limit < 1 || limit > 100) throw new CliError(`invalid --limit ${JSON.stringify(o.limit)}: use 1 to 100`);
    let page = o.page as string;
    if (o.offset !== undefined) {
      if (!/^\d{1,9}$/.test(o.offset) || Number(o.offset) % limit !== 0) throw new CliError(`invalid --offset ${JSON.stringify(o.offset)}: tx search pages by --limit, use a multiple of it`);
      page = String(Number(o.offset) / limit + 1);
    }
    if (o.pageKey !== undefined) page = Buffer.from(o.pageKey, 'base64').toString('utf8');
    if (!/^[1-9]\d{0,8}$/.test(page)) throw new CliError(`invalid page ${JSON.stringify(page)}`);
    const r = await env.rpc(o, 'tx_search', { query: o.query, page, per_page: String(limit), order_by: o.reverse ? 'desc' : 'asc' });
    const txs = r.txs.map(txJson);
    const more = Number(page) * limit < Number(r.total_count);
    const pagination = { next_key: more ? Buffer.from(String(Number(page) + 1)).toString('base64') : null, total: o.countTotal ? String(r.total_count) : '0' };
    env.output(o, { total_count: r.total_count, txs, pagination }, () => `${r.total_count} txs\n` + txs.map((t: any) => `${t.height}  ${t.txhash}  code=${t.code}  ${t.tx.body.messages.map((m: any) => m.type_url).join(',')}`).join('\n') + (pagination.next_key ? `\n(next page: --page-key ${pagination.next_key})` : ''));
  });

  env.addQueryFlags(env.query.command('block').description('a block (latest if no height)').argument('[height]', 'block height')).action(async (height, _o, cmd) => {
    const o = env.opts<GlobalOpts & { height?: string }>(cmd);
    height ??= o.height;
    if (height !== undefined && !/^\d+$/.test(height)) throw new CliError(`invalid height ${JSON.stringify(height)}`);
    const r = await env.rpc(o, 'block', height ? { height } : {});
    const h = r.block.header;
    env.output(o, r, () => [`height: ${h.height}`, `hash: ${r.block_id.hash}`, `time: ${h.time}`, `proposer: ${h.proposer_address}`, `app_hash (state after ${Number(h.height) - 1}): ${h.app_hash}`, `txs: ${r.block.data.txs.length}`].join('\n'));
  });

  const status = env.addQueryFlags(env.root.command('status').description("node status: with -o json CometBFT's status (node_info, sync_info, validator_info), as `cometbft status` and gaiad print it"));
  status.action(async (_o, cmd) => {
    const o = env.opts(cmd);
    const s = await env.rpc(o, 'status', {});
    if (o.output === 'json') {
      env.output(o, s, '');
      return;
    }
    const info = await env.rpc(o, 'abci_info', {});
    const text = {
      chain_id: s.node_info.network,
      moniker: s.node_info.moniker,
      version: s.node_info.version,
      latest_block_height: s.sync_info.latest_block_height,
      latest_block_hash: s.sync_info.latest_block_hash,
      latest_block_time: s.sync_info.latest_block_time,
      app_hash: Buffer.from(info.response.last_block_app_hash, 'base64').toString('hex').toUpperCase(),
      catching_up: s.sync_info.catching_up,
    };
    env.output(o, s, () => Object.entries(text).map(([k, v]) => `${k}: ${v}`).join('\n'));
  });
}
