// bank errors: codespace "bank" (numbers as the SDK's x/bank).
import { registerError } from '../../chain/errors.js';

export const ErrNoInputs = registerError('bank', 2, 'no inputs to send transaction');
export const ErrNoOutputs = registerError('bank', 3, 'no outputs to send transaction');
export const ErrInputOutputMismatch = registerError('bank', 4, 'sum inputs != sum outputs');
export const ErrSendDisabled = registerError('bank', 5, 'send transactions are disabled');
export const ErrDenomMetadataNotFound = registerError('bank', 6, 'client denom metadata not found');
export const ErrInvalidKey = registerError('bank', 7, 'invalid key');
export const ErrDuplicateEntry = registerError('bank', 8, 'duplicate entry');
export const ErrMultipleSenders = registerError('bank', 9, 'multiple senders not allowed');
