pragma circom 2.1.5;

// The Poseidon cipher (Khovratovich's duplex construction, as in @zk-kit/poseidon-cipher and
// @zk-kit/circuits/circom/poseidon-cipher.circom), checked in the decryption direction: the
// ciphertext is public, the plaintext private. It is the zk-kit template with its helper
// templates renamed: zk-kit pulls circomlib's poseidon_old.circom, whose template names (Sigma,
// Ark, Mix, Poseidon) clash with circomlib's poseidon.circom that the commitment needs. Sigma and
// Ark are identical in both files and come from poseidon.circom; only the old Mix (M[i][j], not
// M[j][i]) is copied here as CipherMix.
include "poseidon.circom";
include "bitify.circom";
include "utils/poseidonConstants_old.circom";

template CipherMix(t, M) {
    signal input in[t];
    signal output out[t];
    var lc;
    for (var i = 0; i < t; i++) {
        lc = 0;
        for (var j = 0; j < t; j++) {
            lc += M[i][j] * in[j];
        }
        out[i] <== lc;
    }
}

// zk-kit's PoseidonPerm: the permutation with the old (pre-PoseidonEx) constants, all outputs.
template CipherPerm(nInputs) {
    signal input inputs[nInputs];
    signal output out[nInputs];

    var N_ROUNDS_P[16] = [56, 57, 56, 60, 60, 63, 64, 63, 60, 66, 60, 65, 70, 60, 64, 68];
    var nRoundsF = 8;
    var nRoundsP = N_ROUNDS_P[nInputs - 2];
    var C[nInputs * (nRoundsF + nRoundsP)] = POSEIDON_C_OLD(nInputs);
    var M[nInputs][nInputs] = POSEIDON_M_OLD(nInputs);

    component ark[nRoundsF + nRoundsP];
    component sigmaF[nRoundsF][nInputs];
    component sigmaP[nRoundsP];
    component mix[nRoundsF + nRoundsP];
    var k;
    for (var i = 0; i < nRoundsF + nRoundsP; i++) {
        ark[i] = Ark(nInputs, C, nInputs * i);
        for (var j = 0; j < nInputs; j++) {
            if (i == 0) {
                ark[i].in[j] <== inputs[j];
            } else {
                ark[i].in[j] <== mix[i - 1].out[j];
            }
        }
        mix[i] = CipherMix(nInputs, M);
        if (i < nRoundsF / 2 || i >= nRoundsP + nRoundsF / 2) {
            k = i < nRoundsF / 2 ? i : i - nRoundsP;
            for (var j = 0; j < nInputs; j++) {
                sigmaF[k][j] = Sigma();
                sigmaF[k][j].in <== ark[i].out[j];
                mix[i].in[j] <== sigmaF[k][j].out;
            }
        } else {
            k = i - nRoundsF / 2;
            sigmaP[k] = Sigma();
            sigmaP[k].in <== ark[i].out[0];
            mix[i].in[0] <== sigmaP[k].out;
            for (var j = 1; j < nInputs; j++) {
                mix[i].in[j] <== ark[i].out[j];
            }
        }
    }
    for (var i = 0; i < nInputs; i++) {
        out[i] <== mix[nRoundsF + nRoundsP - 1].out[i];
    }
}

// Constrains `ciphertext` to be the Poseidon-cipher encryption of `plaintext` (length elements)
// under `key` and `nonce`: zk-kit's PoseidonDecrypt, with the decrypted vector equated to the
// plaintext, the last ciphertext element (the authentication tag) checked and the padding zero.
template PoseidonEncrypted(length) {
    var padded = length;
    while (padded % 3 != 0) {
        padded++;
    }
    signal input plaintext[length];
    signal input ciphertext[padded + 1];
    signal input nonce;
    signal input key[2];

    var two128 = 2 ** 128;
    // The cipher's nonce must stay below 2^128 (it shares a field element with the length).
    component nonceBits = Num2Bits(128);
    nonceBits.in <== nonce;

    var n = (padded + 1) \ 3;
    component strategies[n + 1];
    strategies[0] = CipherPerm(4);
    strategies[0].inputs[0] <== 0;
    strategies[0].inputs[1] <== key[0];
    strategies[0].inputs[2] <== key[1];
    strategies[0].inputs[3] <== nonce + (length * two128);
    for (var i = 0; i < n; i++) {
        for (var j = 0; j < 3; j++) {
            var idx = i * 3 + j;
            if (idx < length) {
                plaintext[idx] === ciphertext[idx] - strategies[i].out[j + 1];
            } else {
                ciphertext[idx] === strategies[i].out[j + 1];
            }
        }
        strategies[i + 1] = CipherPerm(4);
        strategies[i + 1].inputs[0] <== strategies[i].out[0];
        for (var j = 0; j < 3; j++) {
            strategies[i + 1].inputs[j + 1] <== ciphertext[i * 3 + j];
        }
    }
    ciphertext[padded] === strategies[n].out[1];
}
