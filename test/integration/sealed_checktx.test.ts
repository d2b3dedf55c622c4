// Sealed repo proofs at CheckTx on the real app (createMarketApp: the node's cached verifier): a seal
// whose proof cannot verify is refused before the mempool with repo/32 and leaves the check state as
// it was; a valid one is admitted and lands in the block; a seal in the same tx as the open of its
// round is left to the block (its round does not exist at CheckTx) and succeeds there. Proofs come
// from the module kit's trapdoor test key (modules/repo/testing/trapdoor_vk.ts).
import test from 'ava';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { toHex } from '../../chain/codec/bytes.js';
import { sha256 } from '../../chain/crypto.js';
import { QueryCtx } from '../../chain/context.js';
import { getBalance } from '../../modules/bank/keeper.js';
import { PROOF_TX_OVERHEAD_GAS, proofTxGas } from '../../cli/repo_params.js';
import { defaultConfig } from '../../node/home.js';
import { SimulateRequest } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { marketchain } from '../../proto/repo.js';
import { vkHash, vkToSnarkjs } from '../../modules/repo/math/groth16.js';
import { CIPHERTEXT_FIELDS, encodeProof, FIELD_R, fieldsToBytes, fieldToBytes, ROLE_MM, ROLE_RM, sealPublicSignals } from '../../modules/repo/math/sealed.js';
import { defaultParams } from '../../modules/repo/params.js';
import { BASE8, GEN, trapdoorKey } from '../../modules/repo/testing/trapdoor_vk.js';
import { makeTestChain } from '../helpers/app.js';
import { makeRegistry, signTx, type TestAccount } from '../helpers/accounts.js';

const V1 = marketchain.repo.v1;
const SEAL = trapdoorKey(10 + CIPHERTEXT_FIELDS, 5n);
const SELECT = trapdoorKey(7, 6n);
const registry = makeRegistry([
  ['/marketchain.repo.v1.MsgOpenRound', V1.MsgOpenRound as any], ['/marketchain.repo.v1.MsgRegisterAgent', V1.MsgRegisterAgent as any],
  ['/marketchain.repo.v1.MsgSealReport', V1.MsgSealReport as any],
]);

async function setup(appOptions: Parameters<typeof makeTestChain>[3] = {}) {
  const params = { ...defaultParams(), sealVkHash: toHex(vkHash(SEAL.vk)), selectVkHash: toHex(vkHash(SELECT.vk)) };
  const c = await makeTestChain(5, undefined, { repo: { params, nextRoundId: 1, rounds: [], verifyingKeys: [vkToSnarkjs(SEAL.vk), vkToSnarkjs(SELECT.vk)] } }, appOptions);
  const [bdMm, bdRm, mm, rm, agent] = c.accounts as [TestAccount, TestAccount, TestAccount, TestAccount, TestAccount];
  const seq = new Map<string, number>();
  // genesis numbers the funded accounts in address order
  const num = new Map([...c.accounts].map((a) => a.address).sort().map((a, i) => [a, i]));
  // what the CLI gives a seal with --gas auto (cli/repo_params.ts): the params' verification gas and the overhead
  const gas = proofTxGas(params, 'seal');
  const tx = (a: TestAccount, msgs: EncodeObject[], bump = true) => {
    const s = seq.get(a.address) ?? 0;
    if (bump) seq.set(a.address, s + 1);
    return signTx(a, msgs, { accountNumber: num.get(a.address)!, sequence: s, gas, registry });
  };
  const open = {
    typeUrl: '/marketchain.repo.v1.MsgOpenRound',
    value: V1.MsgOpenRound.fromObject({
      sender: bdMm.address, bdMm: bdMm.address, bdRm: bdRm.address, mmClient: mm.address, rmClient: rm.address, cashDenom: 'uusdc', collateralDenom: 'umkt',
      lotSize: '1', tenorBlocks: 100, bond: '2000000uusdc', maxQty: 50, commitBlocks: 20, revealBlocks: 20, acceptBlocks: 20, privacy: 1, agent: agent.address,
    }),
  };
  const register = { typeUrl: '/marketchain.repo.v1.MsgRegisterAgent', value: V1.MsgRegisterAgent.fromObject({ sender: agent.address, encPubkey: fieldsToBytes(BASE8), bond: '5000000uusdc' }) };
  const seal = (roundId: number, who: TestAccount, role: bigint, proofRound = roundId) => {
    const ciphertext = Array.from({ length: CIPHERTEXT_FIELDS }, (_, i) => (BigInt(i) * 7919n + role) % FIELD_R);
    const commitment = 1000n + role + 10n * BigInt(roundId);
    const signals = sealPublicSignals({
      roundId: BigInt(proofRound), role, maxQty: 50n, maxRateBps: BigInt(params.maxRateBps), maxHurdleBps: BigInt(params.maxHurdleBps), commitment, agentPub: BASE8, ephPub: GEN, ciphertext,
    });
    return {
      typeUrl: '/marketchain.repo.v1.MsgSealReport',
      value: V1.MsgSealReport.fromObject({ sender: who.address, roundId, commitment: fieldToBytes(commitment), ciphertext: fieldsToBytes(ciphertext), ephPubkey: fieldsToBytes(GEN), proof: encodeProof(SEAL.prove(signals)), ciphertextHash: sha256(fieldsToBytes(ciphertext)) }),
    };
  };
  const first = c.block([await tx(agent, [register]), await tx(bdMm, [open])]);
  return { params, c, bdMm, bdRm, tx, open, seal, first };
}

test('[repo/checktx]: a seal that cannot verify is refused at CheckTx; a valid one and one opened in the same tx land', async (t) => {
  const { params, c, bdMm, bdRm, tx, open, seal, first } = await setup();
  t.deepEqual(first.txResults.map((r) => [r.code, r.log]), [[0, ''], [0, '']]);
  let out;

  // round 1 exists: a proof made for round 2's signals is refused at CheckTx, and the check state keeps bdRm's sequence
  const forged = await tx(bdRm, [seal(1, bdRm, ROLE_RM, 2)], false);
  const chk = c.app.checkTx(forged);
  t.like(chk.result, { code: 32, codespace: 'repo' });
  t.true(chk.anteFailed);
  const good = await tx(bdRm, [seal(1, bdRm, ROLE_RM)]);
  t.is(c.app.checkTx(good).result.code, 0);
  // open round 2 and seal it in the same tx: nothing to check at CheckTx, the block runs both
  const both = await tx(bdMm, [{ ...open }, seal(2, bdMm, ROLE_MM)]);
  t.is(c.app.checkTx(both).result.code, 0);
  out = c.block([good, both]);
  t.deepEqual(out.txResults.map((r) => [r.code, r.log]), [[0, ''], [0, '']]);
  // the default params' verification gas is most of a seal tx; the rest fits the CLI's overhead
  t.is(params.sealVerifyGas, 75_000_000);
  const extra = Number(out.txResults[0]!.gasUsed) - params.sealVerifyGas;
  t.true(extra > 0 && extra < PROOF_TX_OVERHEAD_GAS, `${extra}`);
  const round = (id: number) => V1.QueryRoundResponse.decode(c.app.query('/marketchain.repo.v1.Query/Round', V1.QueryRoundRequest.encode({ roundId: id }).finish()).value).round!;
  t.deepEqual([round(1).bondRmHeld, round(2).bondMmHeld], [true, true]);
});

test('[repo/checktx]: past the per-height CheckTx budget a forged seal is admitted unverified, fails in the block with repo/32 and pays its fee', async (t) => {
  const { params, c, bdMm, bdRm, tx, seal, first } = await setup({ zk: { checkTxVerifyBudget: 1 } });
  t.deepEqual(first.txResults.map((r) => r.code), [0, 0]);
  const balance = (a: TestAccount) => getBalance(new QueryCtx(c.app.lastBlock, c.app.commitStore), a.address, 'umkt');
  const before = [balance(bdMm), balance(bdRm)];
  // the first forged seal at this height uses the budget: refused at CheckTx, no fee
  const forged1 = await tx(bdRm, [seal(1, bdRm, ROLE_RM, 2)], false);
  t.like(c.app.checkTx(forged1).result, { code: 32, codespace: 'repo' });
  // a second, distinct forged seal at the same height is admitted without a pairing
  const forged2 = await tx(bdMm, [seal(1, bdMm, ROLE_MM, 3)]);
  t.is(c.app.checkTx(forged2).result.code, 0);
  // a verdict already cached costs no budget: the first is still refused
  t.like(c.app.checkTx(forged1).result, { code: 32, codespace: 'repo' });
  // the block verifies it: repo/32, the verification gas consumed, the fee paid, the round untouched
  const out = c.block([forged2]);
  t.like(out.txResults[0], { code: 32, codespace: 'repo' });
  t.true(Number(out.txResults[0]!.gasUsed) >= params.sealVerifyGas, `${out.txResults[0]!.gasUsed}`);
  t.deepEqual([balance(bdMm), balance(bdRm)], [before[0]! - 2000n, before[1]!]);
  const round = V1.QueryRoundResponse.decode(c.app.query('/marketchain.repo.v1.Query/Round', V1.QueryRoundRequest.encode({ roundId: 1 }).finish()).value).round!;
  t.deepEqual([round.bondMmHeld, round.bondRmHeld, round.phase], [false, false, 'COMMIT']);
  // the next height has a fresh budget: a new forged seal is refused at CheckTx again
  const forged3 = await tx(bdMm, [seal(1, bdMm, ROLE_MM, 4)], false);
  t.like(c.app.checkTx(forged3).result, { code: 32, codespace: 'repo' });
});

test('[repo/checktx]: at the node\'s default simulate_gas_limit a seal\'s simulation runs out of gas before any pairing (the CLI gives seals a fixed gas)', async (t) => {
  const { params, c, bdRm, tx, seal } = await setup({ simulateGasLimit: defaultConfig('x').rpc.simulate_gas_limit });
  t.true(params.sealVerifyGas > c.app.simulateGasLimit);
  const sim = await tx(bdRm, [seal(1, bdRm, ROLE_RM)], false);
  const qr = c.app.query('/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode({ txBytes: sim }).finish());
  t.like(qr, { code: 11, codespace: 'sdk' });
  t.regex(qr.log, /simulations may use at most 25000000 gas/);
  // the same tx with the CLI's fixed gas is admitted and lands
  t.is(c.app.checkTx(sim).result.code, 0);
  t.deepEqual(c.block([sim]).txResults.map((r) => r.code), [0]);
});
