pragma circom 2.1.5;

// Proof A, "well-formed sealed report" (spec/repo-sealed.md §3, encoding in
// modules/repo/math/sealed.ts): the dealer's report is canonical for its role and within the
// module's bounds, the commitment opens to it, and the ciphertext is its Poseidon-cipher
// encryption (with the salt) under ECDH(eph_sk, agent_pub), so the agent can always open it.
include "poseidon.circom";
include "bitify.circom";
include "escalarmulany.circom";
include "escalarmulfix.circom";
include "lib/util.circom";
include "lib/poseidon_cipher.circom";

template Seal(N) {
    var PLAIN = 2 * N + 3;
    var CT = ((PLAIN + 2) \ 3) * 3 + 1;

    // Public, in the order of sealed.ts's sealPublicSignals.
    signal input round_id;
    signal input role;
    signal input max_qty;
    signal input max_rate_bps;
    signal input max_hurdle_bps;
    signal input commitment;
    signal input agent_pub[2];
    signal input eph_pub[2];
    signal input ciphertext[CT];

    // Private.
    signal input hurdle;
    signal input n;
    signal input qty[N];
    signal input rate[N];
    signal input salt;
    signal input eph_sk;

    // role 1 = mm (rates strictly increasing), 2 = rm (strictly decreasing).
    (role - 1) * (role - 2) === 0;

    // Every value below 2^64, so the differences below cannot wrap around the field.
    InRange(64)(max_qty);
    InRange(64)(max_rate_bps);
    InRange(64)(max_hurdle_bps);
    InRange(64)(hurdle);
    for (var i = 0; i < N; i++) {
        InRange(64)(qty[i]);
        InRange(64)(rate[i]);
    }
    InRange(248)(salt);

    // 1 <= n <= N, points from n on are zero.
    signal active[N] <== PrefixMask(N)(n);
    for (var i = 0; i < N; i++) {
        qty[i] * (1 - active[i]) === 0;
        rate[i] * (1 - active[i]) === 0;
    }

    // qty[0] >= 1 and strictly increasing; rates strictly monotone in the role's direction:
    // (3 - 2 role) is +1 for mm and -1 for rm.
    InRange(64)(qty[0] - 1);
    signal dq[N];
    signal sr[N];
    signal dr[N];
    for (var i = 1; i < N; i++) {
        dq[i] <== (qty[i] - qty[i - 1] - 1) * active[i];
        InRange(64)(dq[i]);
        sr[i] <== (3 - 2 * role) * (rate[i] - rate[i - 1]);
        dr[i] <== (sr[i] - 1) * active[i];
        InRange(64)(dr[i]);
    }

    // Bounds: the largest quantity is the last; the largest rate is the last for mm, the first for rm.
    signal qtyLast <== LastActive(N)(active, qty);
    signal rateLast <== LastActive(N)(active, rate);
    InRange(64)(max_qty - qtyLast);
    signal rateTop <== rate[0] + (2 - role) * (rateLast - rate[0]);
    InRange(64)(max_rate_bps - rateTop);
    InRange(64)(max_hurdle_bps - hurdle);

    // The commitment opens to the report.
    signal c <== ReportCommitment(N)(round_id, role, hurdle, n, qty, rate, salt);
    c === commitment;

    // eph_pub = eph_sk · Base8 and the shared key eph_sk · agent_pub, from one bit decomposition
    // so both products use the same integer scalar (the agent computes agent_sk · eph_pub).
    var BASE8[2] = [
        5299619240641551281634865583518297030282874472190772894086521144482721001553,
        16950150798460657717958625567821834550301663161624707787222815936182638968203
    ];
    signal skBits[253] <== Num2Bits(253)(eph_sk);
    signal ephOut[2] <== EscalarMulFix(253, BASE8)(skBits);
    ephOut[0] === eph_pub[0];
    ephOut[1] === eph_pub[1];
    signal shared[2] <== EscalarMulAny(253)(skBits, agent_pub);

    // The ciphertext encrypts (hurdle, n, qty, rate, salt) with nonce round_id * 4 + role.
    signal plain[PLAIN];
    plain[0] <== hurdle;
    plain[1] <== n;
    for (var i = 0; i < N; i++) {
        plain[2 + i] <== qty[i];
        plain[2 + N + i] <== rate[i];
    }
    plain[PLAIN - 1] <== salt;
    PoseidonEncrypted(PLAIN)(plain, ciphertext, round_id * 4 + role, shared);
}

component main {public [round_id, role, max_qty, max_rate_bps, max_hurdle_bps, commitment, agent_pub, eph_pub, ciphertext]} = Seal(16);
