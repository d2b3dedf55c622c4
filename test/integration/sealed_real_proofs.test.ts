// Sealed repo rounds with real proofs of the real circuits: dealers seal EX1's schedules with the
// prover library (zk/: Poseidon commitment, Poseidon cipher to the agent's Baby Jubjub key, proof A),
// the agent decrypts both and proves the selection (proof B), and the module, holding the committed
// dev ceremony's verification keys (circuits/keys/), accepts them: MATCHED at EX1's trade, then
// settlement as in public mode; EX3 (an impossible hurdle) gives a proven NO_TRADE. A proof of one
// dealer's report replayed by the other, or a selection claiming a different outcome, is refused.
//
// Needs zk/ (built to dist/zk/), circuits/keys/ and the compiled circuits (circuits/build/*.wasm,
// `node scripts/zk_build.mjs`); without them the tests are skipped and say why.
import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { toHex } from '../../chain/codec/bytes.js';
import { parseSnarkjsVkey, vkHash, type VerifyingKey } from '../../modules/repo/math/groth16.js';
import { fieldsToBytes, fieldToBytes, ROLE_MM, ROLE_RM } from '../../modules/repo/math/sealed.js';
import type { SchedulePoint } from '../../modules/repo/math/schedule.js';
import { EX1_D, EX1_S, FUNDS, Kit, LOT, openMsg, P, pts, TEST_PARAMS, URL as MSG } from '../../modules/repo/testing/kit.js';

const ROOT = new URL('../../../', import.meta.url);
const need = ['dist/zk/index.js', 'circuits/keys/seal.vkey.json', 'circuits/keys/select.vkey.json', 'circuits/keys/seal.zkey', 'circuits/keys/select.zkey', 'circuits/build/seal.wasm', 'circuits/build/select.wasm'];
const missing = need.filter((p) => !existsSync(new URL(p, ROOT)));
const maybe = missing.length === 0 ? test.serial : test.skip;
if (missing.length > 0) console.log(`sealed_real_proofs: skipped, missing ${missing.join(', ')}`);

const json = (p: string) => JSON.parse(readFileSync(new URL(p, ROOT), 'utf8'));

async function setup(t: any) {
  const zk: any = await import(new URL('dist/zk/index.js', ROOT).href);
  const sealVk = json('circuits/keys/seal.vkey.json');
  const selectVk = json('circuits/keys/select.vkey.json');
  const hash = (j: unknown) => toHex(vkHash(parseSnarkjsVkey(j) as VerifyingKey));
  const params = { ...TEST_PARAMS, agentBond: '1000001uusdc', sealVkHash: hash(sealVk), selectVkHash: hash(selectVk) };
  const k = new Kit(t, params, { verifyingKeys: [sealVk, selectVk] });
  const agent = zk.generateAgentKey();
  k.ok(MSG.registerAgent, { sender: P.agent, encPubkey: zk.encodePublicKey(agent.pub), bond: '3000003uusdc' });
  k.ok(MSG.open, openMsg({ privacy: 1, agent: P.agent }));
  const seal = async (role: bigint, points: SchedulePoint[], hurdleBps = 0n) => {
    const s = await zk.sealReport({
      roundId: 1n, role, maxQty: 50n, maxRateBps: BigInt(params.maxRateBps), maxHurdleBps: BigInt(params.maxHurdleBps), hurdleBps, points, agentPub: agent.pub,
    });
    const msg = {
      sender: role === ROLE_MM ? P.bdMm : P.bdRm, roundId: 1, commitment: fieldToBytes(s.commitment), ciphertext: fieldsToBytes(s.ciphertext),
      ephPubkey: fieldsToBytes([...s.ephPub]), proof: s.proof, ciphertextHash: zk.sealedToBytes(s).ciphertextHash,
    };
    return { s, msg };
  };
  const open = (role: bigint, s: any) => zk.openSealed(agent.sk, 1n, role, s.ciphertext, s.ephPub, s.commitment);
  return { zk, k, seal, open };
}

maybe('[repo/real-proofs]: EX1 sealed by both dealers, selected by the agent with proof B: MATCHED at Q=20, 140/450, settles', async (t) => {
  const { zk, k, seal, open } = await setup(t);
  try {
    const mm = await seal(ROLE_MM, EX1_D);
    const rm = await seal(ROLE_RM, EX1_S);
    k.rejects(MSG.seal, { ...mm.msg, sender: P.bdRm }, 32); // mm's proof A under rm's role
    k.ok(MSG.seal, mm.msg);
    k.ok(MSG.seal, rm.msg);
    t.is(k.round(1).phase, 'SEALED');
    const sel = await zk.proveSelection({ roundId: 1n, mm: open(ROLE_MM, mm.s), rm: open(ROLE_RM, rm.s) });
    t.deepEqual([sel.trade.q, sel.trade.rMmBps, sel.trade.rRmBps], [20n, 140n, 450n]);
    const msg = { sender: P.agent, roundId: 1, traded: true, q: 20, rMmBps: 140, rRmBps: 450, proof: sel.proof };
    k.rejects(MSG.select, { ...msg, q: 30, rMmBps: 200, rRmBps: 400 }, 32); // another feasible outcome, not §4.2's
    k.rejects(MSG.select, { ...msg, traded: false, q: 0, rMmBps: 0, rRmBps: 0 }, 32);
    k.ok(MSG.select, msg);
    const r = k.round(1);
    t.deepEqual([r.phase, r.selection!.q, r.selection!.rBdX2, r.legs.length], ['MATCHED', 20, 590, 3]);
    k.ok(MSG.accept, { sender: P.mm, roundId: 1 });
    k.ok(MSG.accept, { sender: P.rm, roundId: 1 });
    t.is(k.bal(P.rm, 'uusdc'), FUNDS + 20n * LOT);
    t.is(k.round(1).phase, 'ACTIVE');
  } finally {
    await zk.releaseZk();
  }
});

maybe('[repo/real-proofs]: EX3 (an impossible hurdle): a proven NO_TRADE refunds both bonds and releases the agent', async (t) => {
  const { zk, k, seal, open } = await setup(t);
  try {
    const mm = await seal(ROLE_MM, pts([[100, 10], [140, 20], [200, 30]]), 1000n);
    const rm = await seal(ROLE_RM, pts([[500, 10], [450, 20], [400, 30]]));
    k.ok(MSG.seal, mm.msg);
    k.ok(MSG.seal, rm.msg);
    const sel = await zk.proveSelection({ roundId: 1n, mm: open(ROLE_MM, mm.s), rm: open(ROLE_RM, rm.s) });
    t.is(sel.trade, null);
    k.ok(MSG.select, { sender: P.agent, roundId: 1, traded: false, q: 0, rMmBps: 0, rRmBps: 0, proof: sel.proof });
    t.deepEqual([k.round(1).phase, k.round(1).agentBondHeld], ['NO_TRADE', false]);
    t.is(k.bal(P.bdMm, 'uusdc'), FUNDS);
    t.is(k.bal(P.bdRm, 'uusdc'), FUNDS);
  } finally {
    await zk.releaseZk();
  }
});
