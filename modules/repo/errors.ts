// repo errors: codespace "repo". Codes are never renumbered or reused.
import { registerError } from '../../chain/errors.js';

export const ErrInvalidRound = registerError('repo', 2, 'invalid round parameters');
export const ErrRoundNotFound = registerError('repo', 3, 'round not found');
export const ErrUnauthorized = registerError('repo', 4, 'sender may not do this in this round');
export const ErrWrongPhase = registerError('repo', 5, 'round is not in the phase this message needs');
export const ErrDeadlinePassed = registerError('repo', 6, 'deadline passed');
export const ErrAlreadyCommitted = registerError('repo', 7, 'dealer already committed');
export const ErrAlreadyRevealed = registerError('repo', 8, 'dealer already revealed');
export const ErrCommitmentMismatch = registerError('repo', 9, 'reveal does not match the commitment');
export const ErrEmptySchedule = registerError('repo', 10, 'schedule has no points');
export const ErrTooManyPoints = registerError('repo', 11, 'schedule has too many points');
export const ErrQtyNotPositive = registerError('repo', 12, 'schedule qty must be positive');
export const ErrDuplicateQty = registerError('repo', 13, 'schedule has a duplicate qty');
export const ErrQtyNotAscending = registerError('repo', 14, 'schedule qty must be strictly ascending');
export const ErrRateOutOfBounds = registerError('repo', 15, 'schedule rate out of bounds');
export const ErrMmRateNotIncreasing = registerError('repo', 16, 'MM schedule rate must strictly increase with qty');
export const ErrRmRateNotDecreasing = registerError('repo', 17, 'RM schedule rate must strictly decrease with qty');
export const ErrHurdleOutOfBounds = registerError('repo', 18, 'hurdle out of bounds');
export const ErrInvalidSalt = registerError('repo', 19, 'salt must be 32 bytes');
export const ErrInvalidCommitment = registerError('repo', 20, 'commitment must be 32 bytes');
export const ErrBondTooSmall = registerError('repo', 21, 'bond below the minimum');
export const ErrNotMatured = registerError('repo', 22, 'repo has not matured');
export const ErrNotExpired = registerError('repo', 23, 'round has not expired');
export const ErrInvalidParams = registerError('repo', 24, 'invalid params');
export const ErrPartiesNotDistinct = registerError('repo', 25, 'the four parties of a round must be distinct addresses');
export const ErrQtyAboveCap = registerError('repo', 26, "schedule qty above the round's max_qty");
