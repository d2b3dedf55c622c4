// Proof A's circuit (circuits/seal.circom): the honest witness satisfies it, every canonical-form,
// bound, commitment, ciphertext and salt violation does not. Each bad report gets a commitment and
// ciphertext that match it, so only the check under test can reject it.
import test from 'ava';
import { FIELD_R, REPORT_FIELDS, SEALED_MAX_POINTS, reportFields, sealNonce } from '../../modules/repo/math/sealed.js';
import { checkWitness, generateAgentKey, openSealed, releaseZk, sealInputFromFields, sealWitness } from '../../zk/index.js';
import { BOUNDS, assertUnsatisfiable, pts } from './helpers.js';

const agent = generateAgentKey();
const D = pts([[100, 10], [140, 20], [200, 30], [260, 40], [300, 50]]);
const S = pts([[500, 10], [450, 20], [400, 30], [350, 40], [300, 50]]);
const ROUND = 42n;
const SALT = 123456789n;
const EPH = 987654321n;
const N = SEALED_MAX_POINTS;

test.after.always(releaseZk);

function input(role: bigint, fields: bigint[], over: Partial<{ salt: bigint; maxQty: bigint; maxRateBps: bigint; maxHurdleBps: bigint }> = {}) {
  return sealInputFromFields({ roundId: ROUND, role, ...BOUNDS, ...over, fields, salt: over.salt ?? SALT, ephSk: EPH, agentPub: agent.pub });
}
/** Fields of (hurdle, points) with a mutation applied to the raw vector. */
function fields(hurdle: bigint, p: typeof D, mutate: (f: bigint[]) => void = () => {}): bigint[] {
  const f = reportFields(hurdle, p);
  mutate(f);
  return f;
}
const QTY = (i: number) => 2 + i;
const RATE = (i: number) => 2 + N + i;

test('honest mm and rm reports satisfy proof A; public signals are sealed.ts order; the agent opens them', async (t) => {
  for (const [role, p] of [[1n, D], [2n, S]] as const) {
    const w = sealWitness({ roundId: ROUND, role, ...BOUNDS, hurdleBps: 25n, points: p, agentPub: agent.pub, salt: SALT, ephSk: EPH });
    const pub = await checkWitness('seal', w.input);
    t.deepEqual(pub, [ROUND, role, BOUNDS.maxQty, BOUNDS.maxRateBps, BOUNDS.maxHurdleBps, w.commitment, agent.pub[0], agent.pub[1], w.ephPub[0], w.ephPub[1], ...w.ciphertext]);
    t.deepEqual(openSealed(agent.sk, ROUND, role, w.ciphertext, w.ephPub, w.commitment), { report: { hurdleBps: 25n, points: p }, salt: SALT });
    // Another key, round or role does not open it.
    t.is(openSealed(generateAgentKey().sk, ROUND, role, w.ciphertext, w.ephPub), null);
    t.is(openSealed(agent.sk, ROUND + 1n, role, w.ciphertext, w.ephPub), null);
    t.is(openSealed(agent.sk, ROUND, 3n - role, w.ciphertext, w.ephPub), null);
  }
  // Edge shapes: one point, the full 16 points, values at the bounds.
  const full = Array.from({ length: N }, (_, i) => ({ qty: BigInt(i + 1), rateBps: BigInt(10 * i) }));
  await checkWitness('seal', input(1n, fields(0n, full)));
  await checkWitness('seal', input(2n, fields(BOUNDS.maxHurdleBps, [{ qty: BOUNDS.maxQty, rateBps: BOUNDS.maxRateBps }])));
  await checkWitness('seal', input(1n, fields(0n, D), { salt: (1n << 248n) - 1n }));
});

// [case, role, report vector, the circuit line that must reject it, bounds/salt overrides]
const bad: [string, bigint, bigint[], string, Parameters<typeof input>[2]?][] = [
  ['n = 0', 1n, fields(0n, D, (f) => (f[1] = 0n)), 'active[0] === 1'],
  ['n = 0 with all points zero', 1n, new Array<bigint>(REPORT_FIELDS).fill(0n), 'active[0] === 1'],
  ['n = 17', 1n, fields(0n, Array.from({ length: N }, (_, i) => ({ qty: BigInt(i + 1), rateBps: BigInt(i) })), (f) => (f[1] = 17n)), 'sum === n'],
  ['n larger than the points given (a zero point inside)', 1n, fields(0n, D, (f) => (f[1] = 6n)), 'InRange(64)(dq[i])'],
  ['qty 0', 1n, fields(0n, pts([[100, 0], [140, 20]])), 'InRange(64)(qty[0] - 1)'],
  ['equal qty', 1n, fields(0n, pts([[100, 10], [140, 10]])), 'InRange(64)(dq[i])'],
  ['descending qty', 1n, fields(0n, pts([[100, 20], [140, 10]])), 'InRange(64)(dq[i])'],
  ['rate above max_rate_bps (mm, last point)', 1n, fields(0n, pts([[100, 10], [100_001, 20]])), 'InRange(64)(max_rate_bps - rateTop)'],
  ['rate above max_rate_bps (rm, first point)', 2n, fields(0n, pts([[100_001, 10], [100, 20]])), 'InRange(64)(max_rate_bps - rateTop)'],
  ['mm rates not increasing', 1n, fields(0n, pts([[100, 10], [90, 20]])), 'InRange(64)(dr[i])'],
  ['mm rates equal', 1n, fields(0n, pts([[100, 10], [100, 20]])), 'InRange(64)(dr[i])'],
  ['rm rates not decreasing', 2n, fields(0n, pts([[100, 10], [110, 20]])), 'InRange(64)(dr[i])'],
  ['rm rates equal', 2n, fields(0n, pts([[100, 10], [100, 20]])), 'InRange(64)(dr[i])'],
  ['an rm schedule under the mm role', 1n, fields(0n, S), 'InRange(64)(dr[i])'],
  ['an mm schedule under the rm role', 2n, fields(0n, D), 'InRange(64)(dr[i])'],
  ['nonzero qty padding', 1n, fields(0n, D, (f) => (f[QTY(7)] = 99n)), 'qty[i] * (1 - active[i]) === 0'],
  ['nonzero rate padding', 1n, fields(0n, D, (f) => (f[RATE(15)] = 1n)), 'rate[i] * (1 - active[i]) === 0'],
  ['hurdle above max_hurdle_bps', 1n, fields(BOUNDS.maxHurdleBps + 1n, D), 'InRange(64)(max_hurdle_bps - hurdle)'],
  ['qty above max_qty', 1n, fields(0n, pts([[100, 10], [140, 1_000_001]])), 'InRange(64)(max_qty - qtyLast)'],
  ['qty beyond 64 bits (wraps the field if unchecked)', 1n, fields(0n, D, (f) => (f[QTY(0)] = FIELD_R - 1n)), 'InRange(64)(qty[i])'],
  ['negative rate (a field element near r)', 2n, fields(0n, pts([[100, 10], [-5, 20]]), (f) => (f[RATE(1)] = FIELD_R - 5n)), 'InRange(64)(rate[i])'],
  ['salt = 2^248', 1n, fields(0n, D), 'InRange(248)(salt)', { salt: 1n << 248n }],
  ['role 3', 3n, fields(0n, D), '(role - 1) * (role - 2) === 0'],
];
for (const [why, role, f, at, over] of bad) {
  test(`proof A rejects: ${why}`, async (t) => {
    await assertUnsatisfiable(t, 'seal', input(role, f, over), why, at);
  });
}

test('proof A rejects a commitment or ciphertext that does not match the report, and a wrong ephemeral key', async (t) => {
  const good = input(1n, fields(7n, D));
  await checkWitness('seal', good);
  const ct = good.ciphertext as bigint[];
  await assertUnsatisfiable(t, 'seal', { ...good, commitment: (good.commitment as bigint) + 1n }, 'commitment + 1', 'c === commitment');
  // The commitment of another report (hurdle 8) with the ciphertext of this one.
  await assertUnsatisfiable(t, 'seal', { ...good, commitment: input(1n, fields(8n, D)).commitment! }, 'commitment of another report', 'c === commitment');
  for (const k of [0, 17, 35, 36]) {
    const c = [...ct];
    c[k] = (c[k]! + 1n) % FIELD_R;
    await assertUnsatisfiable(t, 'seal', { ...good, ciphertext: c }, `ciphertext[${k}] changed`, k < 35 ? 'plaintext[idx] === ciphertext[idx]' : k === 35 ? 'ciphertext[idx] === strategies[i]' : 'ciphertext[padded] === strategies[n]');
  }
  // The ciphertext of this report under another nonce (round) or to another agent.
  const other = sealInputFromFields({ roundId: ROUND + 1n, role: 1n, ...BOUNDS, fields: fields(7n, D), salt: SALT, ephSk: EPH, agentPub: agent.pub });
  await assertUnsatisfiable(t, 'seal', { ...good, ciphertext: other.ciphertext! }, 'ciphertext under another nonce', 'plaintext[idx] === ciphertext[idx]');
  const other2 = input(1n, fields(7n, D));
  const otherAgent = generateAgentKey();
  const o2 = sealInputFromFields({ roundId: ROUND, role: 1n, ...BOUNDS, fields: fields(7n, D), salt: SALT, ephSk: EPH, agentPub: otherAgent.pub });
  await assertUnsatisfiable(t, 'seal', { ...other2, ciphertext: o2.ciphertext! }, 'ciphertext to another agent', 'plaintext[idx] === ciphertext[idx]');
  await assertUnsatisfiable(t, 'seal', { ...good, eph_pub: o2.agent_pub! }, 'eph_pub not eph_sk · Base8', 'ephOut[0] === eph_pub[0]');
  t.is(sealNonce(ROUND, 1n), ROUND * 4n + 1n);
});

test('sealWitness refuses non-canonical reports before proving', (t) => {
  const req = { roundId: ROUND, role: 1n, ...BOUNDS, hurdleBps: 0n, agentPub: agent.pub };
  t.throws(() => sealWitness({ ...req, points: [] }), { message: /no points/ });
  t.throws(() => sealWitness({ ...req, points: S }), { message: /cannot be sealed/ });
  t.throws(() => sealWitness({ ...req, points: D, hurdleBps: BOUNDS.maxHurdleBps + 1n }), { message: /hurdle/ });
  t.throws(() => sealWitness({ ...req, points: pts([[1, 2_000_000]]) }), { message: /bound/ });
  t.throws(() => sealWitness({ ...req, points: D, role: 3n }), { message: /role/ });
  t.throws(() => sealWitness({ ...req, points: D, agentPub: [1n, 2n] }), { message: /agent public key/ });
  t.throws(() => sealWitness({ ...req, points: Array.from({ length: 17 }, (_, i) => ({ qty: BigInt(i + 1), rateBps: BigInt(i) })) }), { message: /points/ });
});
