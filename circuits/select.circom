pragma circom 2.1.5;

// Proof B, "correct selection" (spec/repo-sealed.md §3, encoding in modules/repo/math/sealed.ts):
// both commitments open to reports (sealed by proof A, so canonical and below 2^64), and the public
// outcome is exactly modules/repo/math/selection.ts's selectTrade over them.
//
// Candidates are the breakpoint quantities of both schedules up to qMax = min(max qty of D, max
// qty of S). Instead of sorting the union, each point of either schedule is a candidate slot (a
// quantity on both schedules appears twice, with the same rates and value). For a D point at q the
// MM rate is its own and the RM rate b(q) is the rate of the first S point with qty >= q; the prover
// names that point (one-hot `d_hit[i]`) and the circuit checks it with two comparisons. A slot with
// no hit is out of range, which the prover must show for the first such point (q > qMax; the later
// ones follow from qty increasing). Symmetrically for S points. The outcome is checked against every
// feasible slot: larger value s·Q wins, ties go to the larger Q.
include "poseidon.circom";
include "bitify.circom";
include "comparators.circom";
include "lib/util.circom";

// The candidate slots of one schedule ("own") looked up in the other.
template Slots(N) {
    signal input own_active[N];
    signal input own_qty[N];
    signal input other_active[N];
    signal input other_qty[N];
    signal input other_rate[N];
    signal input other_max;
    signal input hit[N][N];
    // valid[i]: own point i is an active point with qty <= qMax.
    signal output valid[N];
    // The other schedule's rate at own_qty[i] (0 when not valid).
    signal output other_at[N];

    signal up[N][N];
    signal prev[N][N];
    signal rt[N][N];
    signal upChk[N];
    signal prevChk[N];
    for (var i = 0; i < N; i++) {
        var v = 0;
        var u = 0;
        var p = 0;
        var r = 0;
        for (var k = 0; k < N; k++) {
            // hit[i][k] in {0, other_active[k]}: a boolean that can only name an active point.
            hit[i][k] * (other_active[k] - hit[i][k]) === 0;
            v += hit[i][k];
            up[i][k] <== hit[i][k] * other_qty[k];
            u += up[i][k];
            if (k > 0) {
                prev[i][k] <== hit[i][k] * other_qty[k - 1];
                p += prev[i][k];
            }
            rt[i][k] <== hit[i][k] * other_rate[k];
            r += rt[i][k];
        }
        valid[i] <== v;
        valid[i] * (valid[i] - 1) === 0;
        valid[i] * (1 - own_active[i]) === 0;
        // The named point k is the first with qty >= q: other_qty[k] >= q and other_qty[k-1] < q.
        upChk[i] <== (u - own_qty[i]) * valid[i];
        InRange(64)(upChk[i]);
        prevChk[i] <== (own_qty[i] - p - 1) * (valid[i] - hit[i][0]);
        InRange(64)(prevChk[i]);
        other_at[i] <== r;
    }

    // Validity is a prefix; the first active point left out must lie above the other's maximum.
    signal boundary[N];
    signal bq[N];
    var nb = 0;
    var q = 0;
    for (var i = 0; i < N; i++) {
        if (i > 0) {
            valid[i] * (1 - valid[i - 1]) === 0;
            boundary[i] <== (valid[i - 1] - valid[i]) * own_active[i];
        } else {
            boundary[i] <== (1 - valid[i]) * own_active[i];
        }
        bq[i] <== boundary[i] * own_qty[i];
        nb += boundary[i];
        q += bq[i];
    }
    signal outChk <== (q - other_max - 1) * nb;
    InRange(64)(outChk);
}

template Select(N) {
    var M = 2 * N;
    // Public, in the order of sealed.ts's selectPublicSignals.
    signal input round_id;
    signal input commitment_mm;
    signal input commitment_rm;
    signal input traded;
    signal input q;
    signal input r_mm_bps;
    signal input r_rm_bps;

    // Private: the two reports (D = mm's lending schedule, S = rm's borrowing schedule) ...
    signal input mm_hurdle;
    signal input mm_n;
    signal input mm_qty[N];
    signal input mm_rate[N];
    signal input mm_salt;
    signal input rm_hurdle;
    signal input rm_n;
    signal input rm_qty[N];
    signal input rm_rate[N];
    signal input rm_salt;
    // ... and the witnesses: the S point each D point falls on, the D point each S point falls on,
    // and the chosen slot (D slots 0..N-1, then S slots; all zero for NO_TRADE).
    signal input d_hit[N][N];
    signal input s_hit[N][N];
    signal input pick[M];

    signal cm <== ReportCommitment(N)(round_id, 1, mm_hurdle, mm_n, mm_qty, mm_rate, mm_salt);
    cm === commitment_mm;
    signal cr <== ReportCommitment(N)(round_id, 2, rm_hurdle, rm_n, rm_qty, rm_rate, rm_salt);
    cr === commitment_rm;

    signal dActive[N] <== PrefixMask(N)(mm_n);
    signal sActive[N] <== PrefixMask(N)(rm_n);
    signal dMax <== LastActive(N)(dActive, mm_qty);
    signal sMax <== LastActive(N)(sActive, rm_qty);

    component dSlots = Slots(N);
    dSlots.own_active <== dActive;
    dSlots.own_qty <== mm_qty;
    dSlots.other_active <== sActive;
    dSlots.other_qty <== rm_qty;
    dSlots.other_rate <== rm_rate;
    dSlots.other_max <== sMax;
    dSlots.hit <== d_hit;
    component sSlots = Slots(N);
    sSlots.own_active <== sActive;
    sSlots.own_qty <== rm_qty;
    sSlots.other_active <== dActive;
    sSlots.other_qty <== mm_qty;
    sSlots.other_rate <== mm_rate;
    sSlots.other_max <== dMax;
    sSlots.hit <== s_hit;

    // The hurdle: max(h_mm, h_rm), and at least 1 so that "spread > 0 and spread >= hurdle" is one test.
    signal hBits[65] <== Num2Bits(65)(mm_hurdle - rm_hurdle + (1 << 64));
    signal h <== rm_hurdle + hBits[64] * (mm_hurdle - rm_hurdle);
    signal hZero <== IsZero()(h);
    signal hFloor <== h + hZero;

    signal cq[M];
    signal ca[M];
    signal cb[M];
    signal cv[M];
    for (var i = 0; i < N; i++) {
        cq[i] <== mm_qty[i];
        ca[i] <== mm_rate[i];
        cb[i] <== dSlots.other_at[i];
        cv[i] <== dSlots.valid[i];
        cq[N + i] <== rm_qty[i];
        ca[N + i] <== sSlots.other_at[i];
        cb[N + i] <== rm_rate[i];
        cv[N + i] <== sSlots.valid[i];
    }

    traded * (traded - 1) === 0;
    signal pStar <== (r_rm_bps - r_mm_bps) * q;
    signal keyStar <== pStar * (1 << 64) + q;

    component ge[M];
    signal feasible[M];
    signal value[M];
    signal pq[M];
    signal pa[M];
    signal pb[M];
    signal gap[M];
    var npick = 0;
    var sq = 0;
    var sa = 0;
    var sb = 0;
    for (var c = 0; c < M; c++) {
        // feasible: a valid slot with spread b - a >= hFloor (spread in (-2^64, 2^64)).
        ge[c] = Num2Bits(67);
        ge[c].in <== cb[c] - ca[c] - hFloor + (1 << 66);
        feasible[c] <== cv[c] * ge[c].out[66];
        value[c] <== (cb[c] - ca[c]) * cq[c];

        // pick[c] in {0, feasible[c]}.
        pick[c] * (feasible[c] - pick[c]) === 0;
        npick += pick[c];
        pq[c] <== pick[c] * cq[c];
        pa[c] <== pick[c] * ca[c];
        pb[c] <== pick[c] * cb[c];
        sq += pq[c];
        sa += pa[c];
        sb += pb[c];

        // NO_TRADE only when no slot is feasible.
        feasible[c] * (1 - traded) === 0;
        // No feasible slot beats the outcome in (value, quantity) order: values are below 2^128 and
        // quantities below 2^64, so value * 2^64 + qty orders them lexicographically below 2^192.
        gap[c] <== feasible[c] * (keyStar - value[c] * (1 << 64) - cq[c]);
        InRange(192)(gap[c]);
    }
    npick === traded;
    q === sq;
    r_mm_bps === sa;
    r_rm_bps === sb;
}

component main {public [round_id, commitment_mm, commitment_rm, traded, q, r_mm_bps, r_rm_bps]} = Select(16);
