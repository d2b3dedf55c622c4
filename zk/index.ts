// Off-chain cryptography of the repo module's sealed mode (spec/repo-sealed.md): agent keys, sealing
// with proof A, opening, selection with proof B, and snarkjs verification for tests and tools.
export { type AgentKey, type BabyPoint, agentKeyFromJson, agentKeyToJson, decodePublicKey, decodeSecretKey, encodePublicKey, encodeSecretKey, generateAgentKey, isValidPublicKey, publicKeyOf } from './keys.js';
export { type Report, commitFields, commitReport, decryptReport, encryptReport, reportIssue } from './report.js';
export { type SealRequest, type SealedBytes, type SealedReport, openSealed, openSealedBytes, sealInputFromFields, sealReport, sealWitness, sealedToBytes } from './seal.js';
export { type OpenedReport, type SelectRequest, type SelectionProof, proveSelection, selectWitness } from './select.js';
export { type CircuitName, CIRCUITS, CIRCUITS_DIR, PACKAGE_ROOT, circuitFiles } from './files.js';
export { checkWitness, proofFromSnarkjs, proofToSnarkjs, prove, verificationKey, verifyOffChain } from './prove.js';
export { releaseZk } from './curve.js';
