pragma circom 2.1.5;

include "bitify.circom";

// in ∈ [0, 2^bits): the sound form of every comparison here, used on differences of values
// that are themselves range-checked, so a negative difference (a huge field element) fails.
template InRange(bits) {
    signal input in;
    component b = Num2Bits(bits);
    b.in <== in;
}

// active[i] = (i < n) for 1 <= n <= N, as a constrained prefix of ones.
template PrefixMask(N) {
    signal input n;
    signal output active[N];
    var sum = 0;
    for (var i = 0; i < N; i++) {
        active[i] <-- i < n ? 1 : 0;
        active[i] * (active[i] - 1) === 0;
        if (i > 0) {
            active[i] * (1 - active[i - 1]) === 0;
        }
        sum += active[i];
    }
    active[0] === 1;
    sum === n;
}

// The value at the last active position: sum of (active[i] - active[i+1]) * v[i].
template LastActive(N) {
    signal input active[N];
    signal input v[N];
    signal output out;
    signal t[N];
    var acc = 0;
    for (var i = 0; i < N; i++) {
        t[i] <== (active[i] - (i + 1 < N ? active[i + 1] : 0)) * v[i];
        acc += t[i];
    }
    out <== acc;
}

// The commitment of sealed.ts:
// Poseidon8(DOMAIN_TAG, round_id, role, hurdle, n, Poseidon16(qty), Poseidon16(rate), salt).
template ReportCommitment(N) {
    signal input round_id;
    signal input role;
    signal input hurdle;
    signal input n;
    signal input qty[N];
    signal input rate[N];
    signal input salt;
    signal output out;
    // "marketchain/repo/v2/sealed" as a big-endian integer.
    var DOMAIN_TAG = 0x6d61726b6574636861696e2f7265706f2f76322f7365616c6564;
    component hq = Poseidon(N);
    component hr = Poseidon(N);
    for (var i = 0; i < N; i++) {
        hq.inputs[i] <== qty[i];
        hr.inputs[i] <== rate[i];
    }
    component h = Poseidon(8);
    h.inputs[0] <== DOMAIN_TAG;
    h.inputs[1] <== round_id;
    h.inputs[2] <== role;
    h.inputs[3] <== hurdle;
    h.inputs[4] <== n;
    h.inputs[5] <== hq.out;
    h.inputs[6] <== hr.out;
    h.inputs[7] <== salt;
    out <== h.out;
}
