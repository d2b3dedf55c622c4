// Amino JSON names and shapes of the repo messages (SIGN_MODE_LEGACY_AMINO_JSON): `mkt/repo/MsgX`
// (ARCHITECTURE §2), fields as in tx.proto (amino_test checks them against it).
import { aminoMsgs, type AminoFields } from '../../chain/codec/amino_json.js';

const s = 'string' as const;
const u64 = 'uint64' as const;
const ROUND: AminoFields = [['sender', s], ['round_id', u64]];

export const REPO_AMINO = aminoMsgs('mkt/repo/', '/marketchain.repo.v1.', {
  MsgOpenRound: [
    ['sender', s], ['bd_mm', s], ['bd_rm', s], ['mm_client', s], ['rm_client', s], ['cash_denom', s], ['collateral_denom', s], ['lot_size', s],
    ['tenor_blocks', u64], ['bond', s], ['commit_blocks', u64], ['reveal_blocks', u64], ['accept_blocks', u64], ['max_qty', u64],
    ['privacy', 'uint32'], ['agent', s],
  ],
  MsgCommitReport: [['sender', s], ['round_id', u64], ['commitment', 'bytes']],
  MsgRevealReport: [['sender', s], ['round_id', u64], ['hurdle_bps', u64], ['points', { repeated: [['rate_bps', u64], ['qty', u64]] }], ['salt', 'bytes']],
  MsgAcceptLeg: ROUND,
  MsgRepurchase: ROUND,
  MsgExpireRound: ROUND,
  MsgRegisterAgent: [['sender', s], ['enc_pubkey', 'bytes'], ['bond', s]],
  MsgSealReport: [['sender', s], ['round_id', u64], ['commitment', 'bytes'], ['ciphertext', 'bytes'], ['eph_pubkey', 'bytes'], ['proof', 'bytes'], ['ciphertext_hash', 'bytes']],
  MsgSelect: [['sender', s], ['round_id', u64], ['traded', 'bool'], ['q', u64], ['r_mm_bps', u64], ['r_rm_bps', u64], ['proof', 'bytes']],
  MsgWithdrawAgentBond: [['sender', s], ['amount', s]],
});
