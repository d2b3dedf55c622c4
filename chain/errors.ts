// Registered (codespace, code) errors. Codes are never renumbered or reused.

export class ChainError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ChainError';
  }
}

export interface ErrorDef {
  codespace: string;
  code: number;
  description: string;
  /** Builds the error; `detail` is prepended as the SDK's wrapf does: "detail: description". */
  (detail?: string): ChainError;
  /** True when `e` is this registered error. */
  is(e: unknown): boolean;
}

const registry = new Map<string, ErrorDef>();

export function registerError(codespace: string, code: number, description: string): ErrorDef {
  const id = `${codespace}/${code}`;
  if (registry.has(id)) throw new Error(`error ${id} registered twice`);
  if (code < 2 && codespace !== 'sdk') throw new Error(`module codes start at 2 (${id})`);
  const def = ((detail?: string) =>
    new ChainError(codespace, code, detail ? `${detail}: ${description}` : description)) as ErrorDef;
  Object.assign(def, {
    codespace,
    code,
    description,
    is: (e: unknown) => e instanceof ChainError && e.codespace === codespace && e.code === code,
  });
  registry.set(id, def);
  return def;
}

export function registeredErrors(): ErrorDef[] {
  return [...registry.values()].sort((a, b) =>
    a.codespace === b.codespace ? a.code - b.code : a.codespace < b.codespace ? -1 : 1,
  );
}

/** Cosmos SDK root codespace errors (types/errors/errors.go); numbers match the SDK. */
export const sdkErrors = {
  TxDecode: registerError('sdk', 2, 'tx parse error'),
  InvalidSequence: registerError('sdk', 3, 'invalid sequence'),
  Unauthorized: registerError('sdk', 4, 'unauthorized'),
  InsufficientFunds: registerError('sdk', 5, 'insufficient funds'),
  UnknownRequest: registerError('sdk', 6, 'unknown request'),
  InvalidAddress: registerError('sdk', 7, 'invalid address'),
  InvalidPubKey: registerError('sdk', 8, 'invalid pubkey'),
  UnknownAddress: registerError('sdk', 9, 'unknown address'),
  InvalidCoins: registerError('sdk', 10, 'invalid coins'),
  OutOfGas: registerError('sdk', 11, 'out of gas'),
  MemoTooLarge: registerError('sdk', 12, 'memo too large'),
  InsufficientFee: registerError('sdk', 13, 'insufficient fee'),
  TooManySignatures: registerError('sdk', 14, 'maximum number of signatures exceeded'),
  NoSignatures: registerError('sdk', 15, 'no signatures supplied'),
  JSONMarshal: registerError('sdk', 16, 'failed to marshal JSON bytes'),
  JSONUnmarshal: registerError('sdk', 17, 'failed to unmarshal JSON bytes'),
  InvalidRequest: registerError('sdk', 18, 'invalid request'),
  TxInMempoolCache: registerError('sdk', 19, 'tx already in mempool'),
  MempoolIsFull: registerError('sdk', 20, 'mempool is full'),
  TxTooLarge: registerError('sdk', 21, 'tx too large'),
  KeyNotFound: registerError('sdk', 22, 'key not found'),
  WrongPassword: registerError('sdk', 23, 'invalid account password'),
  InvalidSigner: registerError('sdk', 24, 'tx intended signer does not match the given signer'),
  InvalidGasAdjustment: registerError('sdk', 25, 'invalid gas adjustment'),
  InvalidHeight: registerError('sdk', 26, 'invalid height'),
  InvalidVersion: registerError('sdk', 27, 'invalid version'),
  InvalidChainID: registerError('sdk', 28, 'invalid chain-id'),
  InvalidType: registerError('sdk', 29, 'invalid type'),
  TxTimeoutHeight: registerError('sdk', 30, 'tx timeout height'),
  UnknownExtensionOptions: registerError('sdk', 31, 'unknown extension options'),
  WrongSequence: registerError('sdk', 32, 'incorrect account sequence'),
  PackAny: registerError('sdk', 33, 'failed packing protobuf message to Any'),
  UnpackAny: registerError('sdk', 34, 'failed unpacking protobuf message from Any'),
  Logic: registerError('sdk', 35, 'internal logic error'),
  Conflict: registerError('sdk', 36, 'conflict'),
  NotSupported: registerError('sdk', 37, 'feature not supported'),
  NotFound: registerError('sdk', 38, 'not found'),
  IO: registerError('sdk', 39, 'Internal IO error'),
  InvalidGasLimit: registerError('sdk', 41, 'invalid gas limit'),
  TxTimeout: registerError('sdk', 42, 'tx timeout'),
  Panic: registerError('undefined', 111222, 'panic'),
} as const;

/** Converts anything thrown by a handler into a ChainError (unexpected errors become sdk/35 internal logic error). */
export function toChainError(e: unknown): ChainError {
  if (e instanceof ChainError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return sdkErrors.Logic(msg);
}
