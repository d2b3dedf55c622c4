// The CometBFT 0.38 routes beside methods.ts's: headers, blocks by hash, block_search, net_info, the
// consensus params and state (of the one validator that makes every block), and check_tx. Shapes as
// CometBFT 0.38.17 answers them.
import { toBase64, toHexUpper } from '../../chain/codec/bytes.js';
import type { ChainNode } from '../chain_node.js';
import { blockSearchHeights, heightBounds, heightOfHash } from './block_lookup.js';
import { rpcErrors } from './errors.js';
import { blockId, formatHeader } from './format.js';
import { checkTxJson, heightParam, loadBlock, type CallCtx, type Method } from './methods.js';
import { bytesParam, hashParam, pageParam, perPageParam, stringParam, type Params } from './params.js';
import { RawJson } from './raw_json.js';
import { blockJson } from './store_render.js';
import { parseQuery } from './tx_search.js';
import { Gate, GateFull } from '../gate.js';

/** Block records a by-hash lookup reads, newest first: older blocks are found by height. */
export const BY_HASH_MAX_SCAN = 100_000;

/** Lookups that may read many block records (by hash, block_search on events): a few at a time node-wide. */
const lookupGate = new Gate(2, 64);

function gated<T>(task: () => Promise<T>): Promise<T> {
  return lookupGate.run(task).catch((e: unknown) => {
    if (e instanceof GateFull) throw rpcErrors.internal(`too many block lookups in progress (${e.message}); retry later`);
    throw e;
  });
}

async function heightOf(node: ChainNode, p: Params): Promise<number | undefined> {
  const hash = toHexUpper(hashParam(p, 'hash'));
  return gated(() => heightOfHash(node.db, hash, node.height, BY_HASH_MAX_SCAN));
}

function validatorJson(node: ChainNode) {
  return { address: node.validator.address, pub_key: { type: 'tendermint/PubKeyEd25519', value: toBase64(node.validator.pubKey) }, voting_power: '10', proposer_priority: '0' };
}

/** The vote set of the height in progress: the one validator has not voted yet (CometBFT's strings). */
const OPEN_ROUND = { round: 0, prevotes: ['nil-Vote'], prevotes_bit_array: 'BA{1:_} 0/10 = 0.00', precommits: ['nil-Vote'], precommits_bit_array: 'BA{1:_} 0/10 = 0.00' };

async function blockSearch(node: ChainNode, p: Params, ctx: CallCtx) {
  const conds = parseQuery(stringParam(p, 'query', true)!);
  const order = stringParam(p, 'order_by') ?? '';
  if (order !== '' && order !== 'asc' && order !== 'desc') throw rpcErrors.invalidParams('expected order_by to be either `asc` or `desc` or empty');
  const perPage = perPageParam(p);
  let heights: number[];
  if (conds.every((c) => c.key === 'block.height')) {
    // Heights alone: every height of the range is a block; nothing is read to count them.
    const [lo, hi] = heightBounds(conds, node.height);
    const total = Math.max(0, hi - lo + 1);
    const page = pageParam(p, perPage, total);
    const from = (page - 1) * perPage;
    const n = Math.max(0, Math.min(perPage, total - from));
    heights = Array.from({ length: n }, (_, i) => (order === 'asc' ? lo + from + i : hi - from - i));
    return renderBlocks(node, heights, total);
  }
  if (ctx.scan.left <= 0) throw rpcErrors.queryTooBroad(ctx.scan.limit);
  const r = await gated(() => blockSearchHeights(node.db, conds, node.height, ctx.scan.left));
  ctx.scan.left -= r.cost;
  if (!r.heights) throw rpcErrors.queryTooBroad(ctx.scan.limit);
  heights = r.heights;
  // As CometBFT's BlockSearch: newest first unless asked otherwise (tx_search's default is the other way).
  if (order !== 'asc') heights.reverse();
  const page = pageParam(p, perPage, heights.length);
  return renderBlocks(node, heights.slice((page - 1) * perPage, page * perPage), heights.length);
}

/** `{"blocks":[…],"total_count":"N"}` with each block's JSON as `block` renders it. */
async function renderBlocks(node: ChainNode, heights: number[], total: number): Promise<RawJson> {
  const parts: Buffer[] = [Buffer.from('{"blocks":[')];
  for (let i = 0; i < heights.length; i++) {
    const json = await blockJson(node.db, heights[i]!);
    if (!json) throw rpcErrors.internal(`could not find block at height ${heights[i]}`);
    if (i > 0) parts.push(Buffer.from(','));
    parts.push(Buffer.from(json.buffer, json.byteOffset, json.length));
  }
  parts.push(Buffer.from(`],"total_count":"${total}"}`));
  return new RawJson(Buffer.concat(parts));
}

export const cometRoutes: Record<string, Method> = {
  header: async (node, p) => ({ header: formatHeader(await loadBlock(node, p)) }),

  header_by_hash: async (node, p) => {
    const h = await heightOf(node, p);
    const b = h === undefined ? undefined : await node.db.getBlock(h);
    return { header: b ? formatHeader(b) : null };
  },

  block_by_hash: async (node, p) => {
    const h = await heightOf(node, p);
    const json = h === undefined ? undefined : await blockJson(node.db, h);
    return json ? new RawJson(json) : { block_id: blockId(''), block: null };
  },

  block_search: blockSearch,

  // One node, no peers: the p2p layer is CometBFT's, which this node does not run.
  net_info: () => ({ listening: true, listeners: ['Listener(@)'], n_peers: '0', peers: [] }),

  consensus_params: (node, p) => {
    const height = heightParam(p, node.height);
    const c = node.genesisHeader.consensus_params as Record<string, Record<string, unknown>>;
    return {
      block_height: String(height),
      consensus_params: {
        block: c.block,
        evidence: c.evidence,
        validator: c.validator,
        version: c.version ?? { app: '0' },
        abci: c.abci ?? { vote_extensions_enable_height: '0' },
      },
    };
  },

  // The height after the last block, in its first step (NewHeight) until the block timer fires.
  consensus_state: (node) => ({
    round_state: {
      'height/round/step': `${node.height + 1}/0/1`,
      start_time: node.meta.time,
      proposal_block_hash: '',
      locked_block_hash: '',
      valid_block_hash: '',
      height_vote_set: [OPEN_ROUND],
      proposer: { address: node.validator.address, index: 0 },
    },
  }),

  dump_consensus_state: async (node) => {
    const v = validatorJson(node);
    const set = { validators: [v], proposer: v };
    const last = node.height >= 1 ? await node.db.getResults(node.height) : undefined;
    const c = last?.commit;
    return {
      round_state: {
        height: String(node.height + 1),
        round: 0,
        step: 1,
        start_time: node.meta.time,
        commit_time: node.meta.time,
        validators: set,
        proposal: null,
        proposal_block: null,
        proposal_block_parts: null,
        locked_round: -1,
        locked_block: null,
        locked_block_parts: null,
        valid_round: -1,
        valid_block: null,
        valid_block_parts: null,
        votes: [OPEN_ROUND],
        commit_round: -1,
        last_commit: c
          ? { votes: [`Vote{0:${c.validator_address.slice(0, 12)} ${c.height}/00/SIGNED_MSG_TYPE_PRECOMMIT(Precommit) ${c.block_hash.slice(0, 12)} ${toHexUpper(Buffer.from(c.signature, 'base64')).slice(0, 12)} 000000000000 @ ${c.timestamp}}`], votes_bit_array: 'BA{1:x} 10/10 = 1.00', peer_maj_23s: {} }
          : null,
        last_validators: set,
        triggered_timeout_precommit: false,
      },
      peers: [],
    };
  },

  // CheckTx on a copy of the check state: nothing enters the mempool and no sequence is taken.
  check_tx: (node, p) => {
    const r = node.app.checkTxDry(bytesParam(p, 'tx')).result;
    return checkTxJson({ code: r.code, codespace: r.codespace, log: r.log, gasWanted: Number(r.gasWanted), gasUsed: Number(r.gasUsed) });
  },
};
