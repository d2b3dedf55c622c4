// What the sealed-mode tools read from the node: a round, an agent's registered key, the seal txs of a
// round (the ciphertext and ephemeral key are only in the txs: the round keeps their hashes).
import { createHash } from 'node:crypto';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { marketchain } from '../proto/repo.js';
import { TYPE_URLS } from '../modules/repo/msgs.js';
import { CliError, type CliEnv, type GlobalOpts } from './env.js';

const V1 = marketchain.repo.v1;
const Q = (m: string) => `/marketchain.repo.v1.Query/${m}`;

export type Round = marketchain.repo.v1.Round;
export type SealMsg = marketchain.repo.v1.MsgSealReport;

export async function queryRound(env: CliEnv, o: GlobalOpts, id: number): Promise<Round> {
  return V1.QueryRoundResponse.decode(await env.abciQuery(o, Q('Round'), V1.QueryRoundRequest.encode({ roundId: id }).finish())).round as Round;
}

export async function queryAgentKey(env: CliEnv, o: GlobalOpts, address: string): Promise<Uint8Array> {
  const a = V1.QueryAgentResponse.decode(await env.abciQuery(o, Q('Agent'), V1.QueryAgentRequest.encode({ address }).finish())).agent;
  if (!a?.encPubkey || a.encPubkey.length === 0) throw new CliError(`agent ${address} has no registered encryption key`);
  return a.encPubkey;
}

/** Every round in `phase` naming `party` (dealers, clients, or a sealed round's agent), in id order. */
export async function roundsOf(env: CliEnv, o: GlobalOpts, party: string, phase: string): Promise<Round[]> {
  const out: Round[] = [];
  let after = 0;
  // 100 per query; the node answers next_start_after = 0 at the end.
  for (let i = 0; i < 1000; i++) {
    const res = V1.QueryRoundsResponse.decode(await env.abciQuery(o, Q('Rounds'), V1.QueryRoundsRequest.encode({ phase, party, startAfter: after, limit: 100 }).finish()));
    out.push(...(res.rounds as Round[]));
    if (!res.nextStartAfter) break;
    after = Number(res.nextStartAfter);
  }
  return out;
}

export async function latestHeight(env: CliEnv, o: GlobalOpts): Promise<number> {
  return Number((await env.rpc(o, 'status', {})).sync_info.latest_block_height);
}

const sha256 = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest());
const same = (a: Uint8Array | null | undefined, b: Uint8Array | null | undefined) => !!a && !!b && a.length === b.length && Buffer.from(a).equals(Buffer.from(b));

/**
 * The MsgSealReport that sealed `role`'s report in `round`: found with tx_search on the module's
 * `repo.report_sealed` event and accepted only when its sender, commitment and ciphertext hash are the
 * ones the round stored (a tx can carry several messages; a failed tx emits no module event).
 */
export async function findSeal(env: CliEnv, o: GlobalOpts, round: Round, role: 'mm' | 'rm'): Promise<SealMsg> {
  const dealer = role === 'mm' ? round.bdMm : round.bdRm;
  const stored = role === 'mm' ? round.sealedMm : round.sealedRm;
  const commitment = role === 'mm' ? round.commitmentMm : round.commitmentRm;
  if (!stored) throw new CliError(`round ${round.id}: ${role} has not sealed`);
  const query = `repo.report_sealed.round_id=${round.id} AND repo.report_sealed.role='${role}'`;
  for (let page = 1; page <= 10; page++) {
    const res = await env.rpc(o, 'tx_search', { query, page: String(page), per_page: '100', order_by: 'asc' });
    for (const t of res.txs ?? []) {
      if (t.tx_result?.code !== 0) continue;
      const body = TxBody.decode(TxRaw.decode(Buffer.from(t.tx, 'base64')).bodyBytes);
      for (const any of body.messages) {
        if (any.typeUrl !== TYPE_URLS.sealReport) continue;
        const m = V1.MsgSealReport.decode(any.value) as SealMsg;
        if (Number(m.roundId) !== Number(round.id) || m.sender !== dealer) continue;
        if (same(m.commitment, commitment) && same(sha256(m.ciphertext), stored.ciphertextHash)) return m;
      }
    }
    if (Number(res.total_count ?? 0) <= page * 100) break;
  }
  throw new CliError(`round ${round.id}: no seal tx of ${role} (${dealer}) matching the stored commitment and ciphertext hash was found with tx_search "${query}" (is the node's tx index on?)`);
}
