// Sealed mode in the module (spec repo-sealed.md §2–§4): agents, open, seal, select, both timeouts,
// every refusal with its code and no state change. Proofs that must verify come from a test key with
// a known trapdoor (testing/trapdoor_vk.ts): a proof made for exactly the signal vector sealed.ts
// defines passes, one made for any other vector fails, so these tests pin the module's signal
// rebuilding. Real proofs of the real circuits are the end-to-end tests' (circuits/keys/).
import test from 'ava';
import { toHex } from '../../chain/codec/bytes.js';
import { ChainError } from '../../chain/errors.js';
import { sha256 } from '../../chain/crypto.js';
import { marketchain } from '../../proto/repo.js';
import { encodeVk, vkHash, vkToSnarkjs } from './math/groth16.js';
import { onBabyJubjub } from './math/babyjub.js';
import {
  CIPHERTEXT_FIELDS, encodeProof, FIELD_Q, FIELD_R, fieldsToBytes, fieldToBytes, ROLE_MM, ROLE_RM, sealPublicSignals, selectPublicSignals,
} from './math/sealed.js';
import { BOND, FUNDS, Kit, LOT, openMsg, P, TEST_PARAMS, URL, commitMsg, seal as sealPublic } from './testing/kit.js';
import { BASE8, GEN, trapdoorKey } from './testing/trapdoor_vk.js';
import { repoGenesis } from './genesis.js';
import { iterateUses, setCommitmentUse, setProofUse } from './keeper.js';
import { proofUseKey } from './keys.js';
import { STORE_BYTES } from '../../chain/store/db_keys.js';
import { createRepoModule } from './index.js';
import { bankKeeper } from '../bank/keeper.js';
import { Ctx } from '../../chain/context.js';
import { EventManager } from '../../chain/events.js';
import { GasMeter } from '../../chain/gas.js';
import { CacheStore } from '../../chain/store/cache_store.js';
import { EX1_D } from './testing/kit.js';

const V1 = marketchain.repo.v1;
const SEAL = trapdoorKey(10 + CIPHERTEXT_FIELDS, 1n);
const SELECT = trapdoorKey(7, 2n);
const AGENT_BOND = 1_000_001n; // odd: the select-timeout split leaves a remainder for BDrm
const SEALED_PARAMS = {
  ...TEST_PARAMS, agentBond: `${AGENT_BOND}uusdc`, sealVkHash: toHex(vkHash(SEAL.vk)), selectVkHash: toHex(vkHash(SELECT.vk)),
};
const KEYS = { verifyingKeys: [vkToSnarkjs(SEAL.vk), vkToSnarkjs(SELECT.vk)] };

const key = (p: [bigint, bigint]) => fieldsToBytes(p);
const AGENT_KEY = key(BASE8);

function sealedKit(t: any, params = SEALED_PARAMS): Kit {
  return new Kit(t, params, KEYS);
}

function register(k: Kit, bond = `${AGENT_BOND * 3n}uusdc`, encPubkey = AGENT_KEY) {
  return k.ok(URL.registerAgent, { sender: P.agent, encPubkey, bond });
}

const sealedOpen = (over: Record<string, unknown> = {}) => openMsg({ privacy: 1, agent: P.agent, ...over });

/** A kit with the agent registered and `rounds` sealed rounds open (ids 1..rounds). */
function openedKit(t: Parameters<typeof sealedKit>[0], rounds: number, params?: Parameters<typeof sealedKit>[1]): Kit {
  const k = sealedKit(t, params);
  register(k);
  for (let i = 0; i < rounds; i++) k.ok(URL.open, sealedOpen());
  return k;
}

interface SealInput {
  roundId: number;
  role: 'mm' | 'rm';
  commitment: bigint;
  ciphertext: bigint[];
  eph: [bigint, bigint];
}

function sealInput(roundId: number, role: 'mm' | 'rm', seed: bigint): SealInput {
  const ciphertext = Array.from({ length: CIPHERTEXT_FIELDS }, (_, i) => (seed * 1_000_003n + BigInt(i) * 7919n) % FIELD_R);
  return { roundId, role, commitment: (seed * 0x1234567n + 99n) % FIELD_R, ciphertext, eph: GEN };
}

/** The signals of proof A exactly as sealed.ts orders them, for TEST params and openMsg's max_qty 50. */
function sealSignals(s: SealInput, over: Partial<Record<string, bigint>> = {}): bigint[] {
  return sealPublicSignals({
    roundId: over.roundId ?? BigInt(s.roundId), role: over.role ?? (s.role === 'mm' ? ROLE_MM : ROLE_RM), maxQty: over.maxQty ?? 50n,
    maxRateBps: BigInt(TEST_PARAMS.maxRateBps), maxHurdleBps: BigInt(TEST_PARAMS.maxHurdleBps), commitment: s.commitment, agentPub: BASE8, ephPub: s.eph, ciphertext: s.ciphertext,
  });
}

function sealMsg(s: SealInput, proofSignals = sealSignals(s), over: Record<string, unknown> = {}) {
  const ciphertext = fieldsToBytes(s.ciphertext);
  return {
    sender: s.role === 'mm' ? P.bdMm : P.bdRm, roundId: s.roundId, commitment: fieldToBytes(s.commitment), ciphertext,
    ephPubkey: key(s.eph), proof: encodeProof(SEAL.prove(proofSignals)), ciphertextHash: sha256(ciphertext), ...over,
  };
}

type Outcome = { q: bigint; rMmBps: bigint; rRmBps: bigint } | null;

function selectMsg(roundId: number, mm: SealInput, rm: SealInput, trade: Outcome, over: Record<string, unknown> = {}) {
  const signals = selectPublicSignals({ roundId: BigInt(roundId), commitmentMm: mm.commitment, commitmentRm: rm.commitment, trade });
  return {
    sender: P.agent, roundId, traded: trade !== null, q: Number(trade?.q ?? 0n), rMmBps: Number(trade?.rMmBps ?? 0n), rRmBps: Number(trade?.rRmBps ?? 0n),
    proof: encodeProof(SELECT.prove(signals)), ...over,
  };
}

/** A sealed round 1 with both reports sealed (phase SEALED). */
function sealedRound(t: any): { k: Kit; mm: SealInput; rm: SealInput } {
  const k = openedKit(t, 1);
  const mm = sealInput(1, 'mm', 11n);
  const rm = sealInput(1, 'rm', 22n);
  k.ok(URL.seal, sealMsg(mm));
  k.ok(URL.seal, sealMsg(rm));
  return { k, mm, rm };
}

const repoEvents = (o: { events: { type: string }[] }) => o.events.map((e) => e.type).filter((x) => x.startsWith('repo.'));

function agentOf(k: Kit) {
  const res = k.query('/marketchain.repo.v1.Query/Agent', V1.QueryAgentRequest.encode({ address: P.agent }).finish());
  if (res instanceof ChainError) throw res;
  return V1.QueryAgentResponse.decode(res).agent!;
}

test('[repo/sealed]: Baby Jubjub test points are on the curve', (t) => {
  t.true(onBabyJubjub(...BASE8));
  t.true(onBabyJubjub(...GEN));
  t.false(onBabyJubjub(BASE8[0], BASE8[1] + 1n));
  t.false(onBabyJubjub(0n, 1n));
});

test('[repo/sealed]: register-agent escrows the bond, adds to it, rotates the key only while no round reserves it', (t) => {
  const k = sealedKit(t);
  const out = register(k, '2000002uusdc');
  t.is(k.bal(P.agent, 'uusdc'), FUNDS - 2_000_002n);
  t.deepEqual(repoEvents(out), ['repo.agent_registered']);
  let a = agentOf(k);
  t.deepEqual([a.address, toHex(a.encPubkey!), a.bond, a.reserved, a.openRounds], [P.agent, toHex(AGENT_KEY), '2000002uusdc', '', 0]);
  register(k, '5uusdc');
  t.is(agentOf(k).bond, '2000007uusdc');
  register(k, '', key(GEN)); // rotation with no open round
  t.is(toHex(agentOf(k).encPubkey!), toHex(key(GEN)));
  register(k, '', AGENT_KEY);
  k.ok(URL.open, sealedOpen());
  a = agentOf(k);
  t.deepEqual([a.reserved, a.openRounds], [`${AGENT_BOND}uusdc`, 1]);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: key(GEN), bond: '' }, 36);
  register(k, '1uusdc', AGENT_KEY); // adding bond with the same key is fine
  t.is(agentOf(k).bond, '2000008uusdc');
});

test('[repo/sealed]: register-agent refuses malformed keys and bonds; an unknown agent query is repo/28', (t) => {
  const k = sealedKit(t);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: AGENT_KEY.subarray(0, 63), bond: '1uusdc' }, 30);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: key([BASE8[0], BASE8[1] + 1n]), bond: '1uusdc' }, 30);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: key([0n, 1n]), bond: '1uusdc' }, 30);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: key([BASE8[0] + FIELD_R, BASE8[1]]), bond: '1uusdc' }, 30);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: AGENT_KEY, bond: '1uusdc,1umkt' }, 29);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: AGENT_KEY, bond: 'lots' }, 29);
  k.rejects(URL.registerAgent, { sender: P.agent, encPubkey: AGENT_KEY, bond: `${FUNDS + 1n}uusdc` }, 5, 'sdk');
  const res = k.query('/marketchain.repo.v1.Query/Agent', V1.QueryAgentRequest.encode({ address: P.agent }).finish());
  t.true(res instanceof ChainError && res.codespace === 'repo' && res.code === 28);
});

test('[repo/sealed]: open refuses a sealed round without keys, agent, registration or free agent bond, and an agent in a public round', (t) => {
  const off = new Kit(t, TEST_PARAMS);
  off.ok(URL.registerAgent, { sender: P.agent, encPubkey: AGENT_KEY, bond: '9000000uusdc' });
  off.rejects(URL.open, sealedOpen(), 35); // no vk hashes in params: sealed mode off
  const k = sealedKit(t);
  k.rejects(URL.open, sealedOpen({ agent: '' }), 27);
  k.rejects(URL.open, openMsg({ agent: P.agent }), 27);
  k.rejects(URL.open, openMsg({ privacy: 2 }), 27);
  k.rejects(URL.open, sealedOpen({ agent: P.rm }), 25);
  k.rejects(URL.open, sealedOpen({ agent: 'cosmos1notanaddress' }), 7, 'sdk');
  k.rejects(URL.open, sealedOpen(), 28);
  register(k, `${AGENT_BOND * 2n - 1n}uusdc`);
  k.ok(URL.open, sealedOpen());
  k.rejects(URL.open, sealedOpen(), 29); // AGENT_BOND - 1 free
  const r = k.round(1);
  t.deepEqual([r.privacy, r.agent, r.agentBond, r.agentBondHeld, r.phase], [1, P.agent, `${AGENT_BOND}uusdc`, true, 'COMMIT']);
});

test('[repo/sealed]: messages of the other privacy mode are refused with repo/27', (t) => {
  const { k, mm, rm } = sealedRound(t);
  const pub = sealPublic(1, 'mm', EX1_D);
  k.rejects(URL.commit, commitMsg(1, pub), 27);
  k.rejects(URL.reveal, { sender: P.bdMm, roundId: 1, hurdleBps: 0, points: [{ rateBps: 100, qty: 10 }], salt: new Uint8Array(32).fill(7) }, 27);
  k.ok(URL.open, openMsg()); // public round 2
  k.rejects(URL.seal, sealMsg({ ...mm, roundId: 2 }), 27);
  k.rejects(URL.select, selectMsg(2, mm, rm, null), 27);
});

test('[repo/sealed]: seal refuses malformed fields, forged proofs and proofs for other signals, changing nothing', (t) => {
  const k = openedKit(t, 2);
  const mm = sealInput(1, 'mm', 11n);
  const good = sealMsg(mm);
  k.rejects(URL.seal, { ...good, proof: good.proof.subarray(0, 255) }, 31);
  const bigCoord = good.proof.slice();
  bigCoord.set(fieldToBytes(FIELD_Q), 0);
  k.rejects(URL.seal, { ...good, proof: bigCoord }, 31);
  k.rejects(URL.seal, { ...good, ciphertext: good.ciphertext.subarray(32) }, 33);
  const bigCipher = good.ciphertext.slice();
  bigCipher.set(fieldToBytes(FIELD_R), 64);
  k.rejects(URL.seal, { ...good, ciphertext: bigCipher }, 33);
  k.rejects(URL.seal, { ...good, ephPubkey: key([GEN[0], GEN[1] + 1n]) }, 33);
  k.rejects(URL.seal, { ...good, commitment: fieldToBytes(FIELD_R) }, 20);
  k.rejects(URL.seal, { ...good, commitment: good.commitment.subarray(1) }, 20);
  k.rejects(URL.seal, { ...good, ciphertextHash: good.ciphertextHash.subarray(1) }, 33);
  k.rejects(URL.seal, { ...good, ciphertextHash: new Uint8Array(0) }, 33);
  // a well-formed ciphertext other than the one the proof was made for: refused by its hash, before any pairing
  const otherCipher = good.ciphertext.slice();
  otherCipher[31]! ^= 1;
  k.rejects(URL.seal, { ...good, ciphertext: otherCipher }, 38);
  const otherHash = good.ciphertextHash.slice();
  otherHash[0]! ^= 1;
  k.rejects(URL.seal, { ...good, ciphertextHash: otherHash }, 38);
  // on-curve points that are no proof at all
  const forged = encodeProof({ a: [1n, 2n], b: SEAL.prove([]).b, c: [1n, 2n] });
  k.rejects(URL.seal, { ...good, proof: forged }, 32);
  // real-looking proofs of other signal vectors: another round, the other role, another max_qty, a changed ciphertext word
  k.rejects(URL.seal, sealMsg(mm, sealSignals(mm, { roundId: 2n })), 32);
  k.rejects(URL.seal, sealMsg(mm, sealSignals(mm, { role: ROLE_RM })), 32);
  k.rejects(URL.seal, sealMsg(mm, sealSignals(mm, { maxQty: 51n })), 32);
  k.rejects(URL.seal, sealMsg(mm, sealSignals({ ...mm, ciphertext: [mm.ciphertext[0]! + 1n, ...mm.ciphertext.slice(1)] })), 32);
  k.rejects(URL.seal, sealMsg(mm, sealSignals({ ...mm, eph: BASE8 })), 32);
  k.rejects(URL.seal, { ...sealMsg(mm), roundId: 2 }, 32); // round 1's proof replayed into round 2
  k.rejects(URL.seal, { ...sealMsg(mm), sender: P.rm }, 4);
  k.rejects(URL.seal, { ...sealMsg(mm), sender: P.bdRm }, 32); // mm's proof under rm's role
  k.rejects(URL.seal, { ...sealMsg(mm), roundId: 9 }, 3);
  k.ok(URL.seal, sealMsg(mm));
  k.rejects(URL.seal, sealMsg(mm), 7);
  k.rejects(URL.seal, sealMsg({ ...sealInput(1, 'rm', 22n), commitment: mm.commitment }), 20); // the other dealer's commitment
  k.height = 12; // seal deadline 1 + 10 = 11
  k.rejects(URL.seal, sealMsg(sealInput(1, 'rm', 22n)), 6);
});

test('[repo/sealed]: two seals escrow both bonds and reach SEALED; state shows hashes, never the ciphertext', (t) => {
  const k = openedKit(t, 1);
  const mm = sealInput(1, 'mm', 11n);
  const rm = sealInput(1, 'rm', 22n);
  const m1 = sealMsg(mm);
  const out = k.ok(URL.seal, m1);
  t.is(k.round(1).phase, 'COMMIT');
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS - BOND);
  t.deepEqual(repoEvents(out), ['repo.report_sealed']);
  k.ok(URL.seal, sealMsg(rm));
  const r = k.round(1);
  t.is(r.phase, 'SEALED');
  t.deepEqual([r.bondMmHeld, r.bondRmHeld], [true, true]);
  t.is(toHex(r.commitmentMm), toHex(fieldToBytes(mm.commitment)));
  t.is(toHex(r.sealedMm!.ciphertextHash!), toHex(sha256(m1.ciphertext)));
  t.is(toHex(r.sealedMm!.proofHash!), toHex(sha256(m1.proof)));
  t.is(toHex(r.sealedMm!.ephPubkey!), toHex(key(GEN)));
  const stored = Buffer.from(V1.Round.encode(r).finish()).toString('hex');
  t.false(stored.includes(Buffer.from(m1.ciphertext.subarray(0, 32)).toString('hex')));
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS - BOND);
});

test('[repo/sealed]: select refuses non-agents, bad outcomes, malformed and forged proofs, and wrong phases', (t) => {
  const k = openedKit(t, 1);
  const mm = sealInput(1, 'mm', 11n);
  const rm = sealInput(1, 'rm', 22n);
  const trade = { q: 20n, rMmBps: 140n, rRmBps: 450n };
  k.ok(URL.seal, sealMsg(mm));
  k.rejects(URL.select, selectMsg(1, mm, rm, trade), 5); // still COMMIT
  k.ok(URL.seal, sealMsg(rm));
  k.rejects(URL.select, { ...selectMsg(1, mm, rm, trade), sender: P.bdMm }, 34);
  k.rejects(URL.select, { ...selectMsg(1, mm, rm, trade), sender: P.other }, 34);
  k.rejects(URL.select, { ...selectMsg(1, mm, rm, trade), proof: new Uint8Array(256).fill(0xff) }, 31);
  k.rejects(URL.select, { ...selectMsg(1, mm, rm, trade), q: 0 }, 37);
  k.rejects(URL.select, { ...selectMsg(1, mm, rm, null), q: 5 }, 37);
  k.rejects(URL.select, selectMsg(1, mm, rm, { q: 20n, rMmBps: 450n, rRmBps: 450n }), 37);
  k.rejects(URL.select, selectMsg(1, mm, rm, { q: 51n, rMmBps: 140n, rRmBps: 450n }), 37); // above max_qty 50
  k.rejects(URL.select, selectMsg(1, mm, rm, { q: 20n, rMmBps: 140n, rRmBps: 100_001n }), 37);
  // the proof of one outcome under another claimed outcome
  k.rejects(URL.select, { ...selectMsg(1, mm, rm, trade), q: 21 }, 32);
  k.rejects(URL.select, { ...selectMsg(1, mm, rm, null), traded: true, q: 20, rMmBps: 140, rRmBps: 450 }, 32);
  k.rejects(URL.select, selectMsg(1, rm, mm, trade), 32); // commitments swapped
  k.rejects(URL.select, selectMsg(1, { ...mm, commitment: 5n }, rm, trade), 32);
  k.height = 22; // select deadline 21
  k.rejects(URL.select, selectMsg(1, mm, rm, trade), 6);
});

test('[repo/sealed]: a proven trade is MATCHED with the public mode\'s legs and settles as today; the agent is released', (t) => {
  const { k, mm, rm } = sealedRound(t);
  const out = k.ok(URL.select, selectMsg(1, mm, rm, { q: 20n, rMmBps: 140n, rRmBps: 450n }));
  t.deepEqual(repoEvents(out), ['repo.agent_bond_released', 'repo.trade_selected']);
  const r = k.round(1);
  t.is(r.phase, 'MATCHED');
  t.deepEqual([r.selection!.trade, r.selection!.q, r.selection!.rMmBps, r.selection!.rRmBps, r.selection!.rBdX2, r.selection!.spreadBps, r.selection!.jointProfit], [true, 20, 140, 450, 590, 310, '6200']);
  t.deepEqual(r.selection!.candidates, []);
  t.deepEqual(r.legs.map((l) => [l.name, l.rateBpsX2, l.principal]), [['A', 900, (20n * LOT).toString()], ['B', 590, (20n * LOT).toString()], ['C', 280, (20n * LOT).toString()]]);
  t.is(r.agentBondHeld, false);
  t.deepEqual([agentOf(k).reserved, agentOf(k).openRounds, agentOf(k).bond], ['', 0, `${AGENT_BOND * 3n}uusdc`]);
  k.ok(URL.accept, { sender: P.mm, roundId: 1 });
  k.ok(URL.accept, { sender: P.rm, roundId: 1 });
  t.is(k.round(1).phase, 'ACTIVE');
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS);
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS);
  t.is(k.bal(P.rm, 'uusdc'), FUNDS + 20n * LOT);
});

test('[repo/sealed]: a proven NO_TRADE refunds both bonds and releases the agent', (t) => {
  const { k, mm, rm } = sealedRound(t);
  k.ok(URL.select, selectMsg(1, mm, rm, null));
  const r = k.round(1);
  t.deepEqual([r.phase, r.selection!.trade, r.bondMmHeld, r.bondRmHeld, r.agentBondHeld], ['NO_TRADE', false, false, false, false]);
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS);
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS);
  t.is(agentOf(k).reserved, '');
  t.is(k.bal(P.agent, 'uusdc'), FUNDS - AGENT_BOND * 3n);
});

test('[repo/sealed]: seal deadline passed: CANCELLED, the sealed dealer refunded, nothing slashed, agent released', (t) => {
  const k = openedKit(t, 1);
  k.ok(URL.seal, sealMsg(sealInput(1, 'mm', 11n)));
  k.advanceTo(12); // the sweep at the end of block 11 leaves it; block 12 is past the seal deadline
  t.is(k.round(1).phase, 'COMMIT');
  const out = k.endBlock();
  const r = k.round(1);
  t.deepEqual([r.phase, r.bondMmHeld, r.agentBondHeld], ['CANCELLED', false, false]);
  t.regex(r.outcome, /bd_rm did not seal by height 11/);
  t.deepEqual(repoEvents(out), ['repo.bond_returned', 'repo.agent_bond_released', 'repo.round_closed']);
  for (const a of [P.bdMm, P.bdRm]) t.is(k.bal(a, 'uusdc'), FUNDS);
  const a = agentOf(k);
  t.deepEqual([a.bond, a.reserved, a.openRounds], [`${AGENT_BOND * 3n}uusdc`, '', 0]);
});

test('[repo/sealed]: select deadline passed (MsgExpireRound): CANCELLED, bonds refunded, the agent bond half to each dealer, remainder to BDrm', (t) => {
  const { k } = sealedRound(t);
  k.height = 21;
  k.rejects(URL.expire, { sender: P.other, roundId: 1 }, 23);
  k.height = 22;
  const out = k.ok(URL.expire, { sender: P.other, roundId: 1 });
  const r = k.round(1);
  t.deepEqual([r.phase, r.bondMmHeld, r.bondRmHeld, r.agentBondHeld], ['CANCELLED', false, false, false]);
  t.deepEqual(repoEvents(out), ['repo.bond_returned', 'repo.bond_returned', 'repo.agent_bond_forfeited', 'repo.agent_bond_forfeited', 'repo.round_closed']);
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS + 500_000n);
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS + 500_001n);
  const a = agentOf(k);
  t.deepEqual([a.bond, a.reserved, a.openRounds], [`${AGENT_BOND * 2n}uusdc`, '', 0]);
  t.is(k.bal(P.agent, 'uusdc'), FUNDS - AGENT_BOND * 3n);
});

test('[repo/sealed]: select deadline passed (end-block sweep) pays the same', (t) => {
  const { k } = sealedRound(t);
  k.advanceTo(23);
  t.is(k.round(1).phase, 'CANCELLED');
  t.is(k.bal(P.bdMm, 'uusdc'), FUNDS + 500_000n);
  t.is(k.bal(P.bdRm, 'uusdc'), FUNDS + 500_001n);
});

test('[repo/sealed]: genesis stores keys by hash, refuses a pinned hash without its key, and round-trips agents and keys', (t) => {
  const k = sealedRound(t).k;
  const exported = repoGenesis.exportGenesis(k.q());
  t.is(exported.verifyingKeys!.length, 2);
  t.is(exported.agents!.length, 1);
  t.is((exported.rounds[0] as any).phase, 'SEALED');
  const again = new Kit(t, exported.params, exported);
  t.deepEqual(repoGenesis.exportGenesis(again.q()), exported);
  t.throws(() => new Kit(t, SEALED_PARAMS), { message: /seal_vk_hash .* names no key in verifyingKeys/ });
  t.throws(() => new Kit(t, SEALED_PARAMS, { verifyingKeys: [vkToSnarkjs(SEAL.vk)] }), { message: /select_vk_hash/ });
  t.throws(() => new Kit(t, { ...SEALED_PARAMS, sealVkHash: 'ab' }, KEYS), { message: /sealVkHash/ });
  t.is(encodeVk(SEAL.vk).length, 31 + 4 + (14 + 2 * 48) * 32);
});

test('[repo/sealed]: a seal consumes seal_verify_gas before verifying, a forged one too', (t) => {
  const k = openedKit(t, 1, { ...SEALED_PARAMS, sealVerifyGas: 777_777 });
  const route = createRepoModule({ bank: bankKeeper }).msgs.find((r) => r.typeUrl === URL.seal)!;
  const gasOf = (msg: Record<string, unknown>) => {
    const meter = new GasMeter(100_000_000);
    const ctx = new Ctx({ height: k.height, time: '2026-01-01T00:00:00.000000000Z', chainId: 'repo-test' }, new CacheStore(k.store), new EventManager(), meter, 'deliver');
    const m = route.decode(V1.MsgSealReport.encode(V1.MsgSealReport.fromObject(msg)).finish());
    let err: unknown = null;
    try {
      route.handle(ctx, m);
    } catch (e) {
      err = e;
    }
    return { gas: meter.consumed(), err };
  };
  const mm = sealInput(1, 'mm', 11n);
  const ok = gasOf(sealMsg(mm));
  t.is(ok.err, null);
  t.true(ok.gas >= 777_777 && ok.gas < 777_777 + 100_000, `${ok.gas}`);
  const forged = gasOf(sealMsg(mm, sealSignals(mm, { roundId: 2n })));
  t.true(forged.err instanceof ChainError && (forged.err as ChainError).code === 32);
  t.true(forged.gas >= 777_777, `${forged.gas}`);
});

test('[repo/sealed]: nobody sealed: MsgExpireRound cancels, nothing moves but the released reservation; the agent finds its rounds by party', (t) => {
  const k = openedKit(t, 1);
  const res = k.query('/marketchain.repo.v1.Query/Rounds', V1.QueryRoundsRequest.encode({ party: P.agent }).finish());
  t.deepEqual(V1.QueryRoundsResponse.decode(res as Uint8Array).rounds.map((r) => r.id), [1]);
  k.height = 11;
  k.rejects(URL.expire, { sender: P.other, roundId: 1 }, 23);
  k.height = 12;
  const out = k.ok(URL.expire, { sender: P.other, roundId: 1 });
  t.deepEqual(repoEvents(out), ['repo.agent_bond_released', 'repo.round_closed']);
  t.is(k.round(1).outcome, 'bd_mm and bd_rm did not seal by height 11');
  for (const a of [P.bdMm, P.bdRm]) t.is(k.bal(a, 'uusdc'), FUNDS);
  t.deepEqual([agentOf(k).reserved, agentOf(k).openRounds], ['', 0]);
  k.rejects(URL.expire, { sender: P.other, roundId: 1 }, 5);
});

test('[repo/sealed]: a proof or sealed commitment accepted in one round is refused in another with repo/39, before any pairing, changing nothing', (t) => {
  const k = openedKit(t, 2);
  const mm1 = sealInput(1, 'mm', 11n);
  const rm1 = sealInput(1, 'rm', 22n);
  const m1 = sealMsg(mm1);
  k.ok(URL.seal, m1);
  // round 1's accepted seal replayed into round 2, and by the other dealer of round 1
  k.rejects(URL.seal, { ...m1, roundId: 2 }, 39);
  k.rejects(URL.seal, { ...sealMsg(rm1), proof: m1.proof }, 39);
  // a valid proof for round 2, but round 1's commitment
  k.rejects(URL.seal, sealMsg({ ...mm1, roundId: 2 }), 39);
  // a fresh forged proof, and a ciphertext other than the proof's, are still their own codes
  const mm2 = sealInput(2, 'mm', 33n);
  k.rejects(URL.seal, sealMsg(mm2, sealSignals(mm2, { roundId: 3n })), 32);
  const good2 = sealMsg(mm2);
  const otherCipher = good2.ciphertext.slice();
  otherCipher[0]! ^= 1;
  k.rejects(URL.seal, { ...good2, ciphertext: otherCipher }, 38);
  k.ok(URL.seal, good2);
  k.ok(URL.seal, sealMsg(rm1));
  const rm2 = sealInput(2, 'rm', 44n);
  k.ok(URL.seal, sealMsg(rm2));
  // proof B: round 1's accepted selection replayed into round 2
  const s1 = selectMsg(1, mm1, rm1, null);
  k.ok(URL.select, s1);
  k.rejects(URL.select, { ...s1, roundId: 2 }, 39);
  k.ok(URL.select, selectMsg(2, mm2, rm2, null));
  // the index (2 rounds × 2 seal proofs + 1 selection, 4 commitments) is rebuilt from the rounds on import
  const uses = (kit: Kit) => [...iterateUses(kit.q())].map(([kind, key, e]) => `${kind} ${toHex(key)} ${e.roundId} ${e.use}`);
  t.deepEqual(uses(k).map((u) => u.split(' ').filter((_, i) => i !== 1).join(' ')).sort(), [
    'commitment 1 mm', 'commitment 1 rm', 'commitment 2 mm', 'commitment 2 rm', 'proof 1 mm', 'proof 1 rm', 'proof 1 select', 'proof 2 mm', 'proof 2 rm', 'proof 2 select',
  ]);
  const exported = repoGenesis.exportGenesis(k.q());
  const again = new Kit(t, exported.params, exported);
  t.deepEqual(uses(again), uses(k));
  // a genesis in which two rounds claim the same accepted proof is refused
  const dup = JSON.parse(JSON.stringify(exported));
  dup.rounds[1].sealedMm.proofHash = dup.rounds[0].sealedMm.proofHash;
  t.throws(() => new Kit(t, dup.params, dup), { message: /already accepted in round 1/ });
});

test('[repo/sealed]: reused proofs and mismatched ciphertexts are refused before seal_verify_gas is consumed', (t) => {
  const k = openedKit(t, 2, { ...SEALED_PARAMS, sealVerifyGas: 777_777 });
  const mm1 = sealInput(1, 'mm', 11n);
  const m1 = sealMsg(mm1);
  k.ok(URL.seal, m1);
  const route = createRepoModule({ bank: bankKeeper }).msgs.find((r) => r.typeUrl === URL.seal)!;
  const gasOf = (msg: Record<string, unknown>) => {
    const meter = new GasMeter(100_000_000);
    const ctx = new Ctx({ height: k.height, time: '2026-01-01T00:00:00.000000000Z', chainId: 'repo-test' }, new CacheStore(k.store), new EventManager(), meter, 'deliver');
    const m = route.decode(V1.MsgSealReport.encode(V1.MsgSealReport.fromObject(msg)).finish());
    try {
      route.validateBasic(m);
      route.handle(ctx, m);
    } catch (e) {
      return { gas: meter.consumed(), code: (e as ChainError).code };
    }
    return { gas: meter.consumed(), code: 0 };
  };
  const reused = gasOf({ ...m1, roundId: 2 });
  t.is(reused.code, 39);
  t.true(reused.gas < 777_777, `${reused.gas}`);
  const m2 = sealMsg(sealInput(2, 'mm', 33n));
  const c = m2.ciphertext.slice();
  c[5]! ^= 1;
  const mismatch = gasOf({ ...m2, ciphertext: c });
  t.is(mismatch.code, 38);
  t.true(mismatch.gas < 777_777, `${mismatch.gas}`);
});

test('[repo/sealed]: withdraw-agent-bond returns free bond only; reserved bond stays until the round releases it', (t) => {
  const k = sealedKit(t);
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: '1uusdc' }, 28);
  register(k); // 3 × AGENT_BOND
  k.ok(URL.open, sealedOpen()); // reserves AGENT_BOND
  const paid = FUNDS - AGENT_BOND * 3n;
  t.is(k.bal(P.agent, 'uusdc'), paid);
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: `${AGENT_BOND * 2n + 1n}uusdc` }, 40);
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: '1umkt' }, 40); // no bond in that denom
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: '' }, 10, 'sdk');
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: '0uusdc' }, 10, 'sdk');
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: '1uusdc,1umkt' }, 10, 'sdk');
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: 'lots' }, 10, 'sdk');
  const out = k.ok(URL.withdrawAgentBond, { sender: P.agent, amount: `${AGENT_BOND * 2n}uusdc` });
  t.deepEqual(repoEvents(out), ['repo.agent_bond_withdrawn']);
  t.is(V1.MsgWithdrawAgentBondResponse.decode(out.response!).bond, `${AGENT_BOND}uusdc`);
  t.is(k.bal(P.agent, 'uusdc'), paid + AGENT_BOND * 2n);
  let a = agentOf(k);
  t.deepEqual([a.bond, a.reserved, a.openRounds], [`${AGENT_BOND}uusdc`, `${AGENT_BOND}uusdc`, 1]);
  k.rejects(URL.withdrawAgentBond, { sender: P.agent, amount: '1uusdc' }, 40); // all of it is reserved
  // nobody seals: the round expires and releases the reservation, which can then be withdrawn
  k.advanceTo(12);
  k.endBlock();
  t.is(k.round(1).phase, 'CANCELLED');
  k.ok(URL.withdrawAgentBond, { sender: P.agent, amount: `${AGENT_BOND}uusdc` });
  a = agentOf(k);
  t.deepEqual([a.bond, a.reserved, a.openRounds], ['', '', 0]);
  t.is(k.bal(P.agent, 'uusdc'), FUNDS);
  // an agent with no bond left still has its key: a new sealed round needs new bond
  k.rejects(URL.open, sealedOpen(), 29);
});

test('[repo/sealed]: invariant repo/proof-index reports an open sealed round whose accepted proof or commitment is missing or indexed elsewhere', (t) => {
  const k = openedKit(t, 1);
  const m1 = sealMsg(sealInput(1, 'mm', 11n));
  k.ok(URL.seal, m1);
  const inv = createRepoModule({ bank: bankKeeper }).invariants.find((i) => i.name === 'repo/proof-index')!;
  t.false(inv.check(k.q()).broken);
  const store = k.ctx().kv(STORE_BYTES.repo);
  store.delete(proofUseKey(sha256(m1.proof)));
  t.deepEqual(inv.check(k.q()), { broken: true, message: `round 1's mm proof ${toHex(sha256(m1.proof))} is indexed as nothing` });
  setProofUse(k.ctx(), sha256(m1.proof), { roundId: 1n, use: 'mm' });
  setCommitmentUse(k.ctx(), m1.commitment, { roundId: 7n, use: 'mm' });
  t.deepEqual(inv.check(k.q()), { broken: true, message: `round 1's mm commitment ${toHex(m1.commitment)} is indexed as round 7 mm` });
});
