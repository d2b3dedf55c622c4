// The part of snarkjs (no bundled types) that zk/ and node/ use.
declare module 'snarkjs' {
  export interface SnarkjsProof {
    pi_a: string[];
    pi_b: string[][];
    pi_c: string[];
    protocol: string;
    curve: string;
  }
  export const groth16: {
    fullProve(input: Record<string, unknown>, wasm: string | Uint8Array, zkey: string | Uint8Array): Promise<{ proof: SnarkjsProof; publicSignals: string[] }>;
    prove(zkey: string | Uint8Array, wtns: string | Uint8Array | { type: string; data?: Uint8Array }): Promise<{ proof: SnarkjsProof; publicSignals: string[] }>;
    verify(vk: unknown, publicSignals: readonly string[], proof: SnarkjsProof): Promise<boolean>;
  };
  export const wtns: {
    calculate(input: Record<string, unknown>, wasm: string | Uint8Array, out: string | { type: string; data?: Uint8Array }): Promise<void>;
    check(r1cs: string | Uint8Array, wtns: string | { type: string; data?: Uint8Array }, logger?: unknown): Promise<boolean>;
    exportJson(wtns: string | { type: string; data?: Uint8Array }): Promise<bigint[]>;
  };
  export const zKey: {
    newZKey(r1cs: string, ptau: string, zkey: string, logger?: unknown): Promise<unknown>;
    contribute(zkeyIn: string, zkeyOut: string, name: string, entropy: string, logger?: unknown): Promise<unknown>;
    exportVerificationKey(zkey: string | Uint8Array, logger?: unknown): Promise<Record<string, unknown>>;
    verifyFromR1cs(r1cs: string, ptau: string, zkey: string, logger?: unknown): Promise<boolean>;
  };
  export const powersOfTau: {
    newAccumulator(curve: unknown, power: number, file: string, logger?: unknown): Promise<unknown>;
    contribute(oldPtau: string, newPtau: string, name: string, entropy: string, logger?: unknown): Promise<unknown>;
    preparePhase2(oldPtau: string, newPtau: string, logger?: unknown): Promise<unknown>;
  };
  export const curves: { getCurveFromName(name: string): Promise<{ terminate(): Promise<void> }> };
  export const r1cs: { info(file: string, logger?: unknown): Promise<{ nConstraints: number; nPubInputs: number; nOutputs: number; nVars: number }> };
}

// The witness generator runtime snarkjs uses (same version), for repeated witness calculation.
declare module 'circom_runtime' {
  export interface WitnessCalculator {
    calculateWitness(input: Record<string, unknown>, sanityCheck?: boolean): Promise<bigint[]>;
  }
  export function WitnessCalculatorBuilder(wasm: Uint8Array, options?: Record<string, unknown>): Promise<WitnessCalculator>;
}
