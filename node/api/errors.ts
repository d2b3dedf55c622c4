// REST errors in the gRPC-gateway's shape: {code: <gRPC status code>, message, details: []}, with the HTTP
// status the gateway gives that code (runtime.HTTPStatusFromCode).
import { registeredErrors } from '../../chain/errors.js';

export const GRPC = { Unknown: 2, InvalidArgument: 3, NotFound: 5, ResourceExhausted: 8, Unimplemented: 12, Internal: 13, Unavailable: 14 } as const;

const HTTP_OF: Record<number, number> = { 2: 500, 3: 400, 5: 404, 8: 429, 12: 501, 13: 500, 14: 503 };

export class ApiError extends Error {
  constructor(
    readonly grpcCode: number,
    message: string,
    /** The HTTP status; by default the gateway's for the code. */
    readonly status = HTTP_OF[grpcCode] ?? 500,
  ) {
    super(message);
  }

  body() {
    return { code: this.grpcCode, message: this.message, details: [] as unknown[] };
  }
}

export const apiErrors = {
  invalid: (m: string) => new ApiError(GRPC.InvalidArgument, m),
  notFound: (m: string) => new ApiError(GRPC.NotFound, m),
  unimplemented: (m: string) => new ApiError(GRPC.Unimplemented, m),
  internal: (m: string) => new ApiError(GRPC.Internal, m),
  unavailable: (m: string) => new ApiError(GRPC.Unavailable, m),
  /** A request body above api.max_body_bytes: HTTP 413 (the gateway's server refuses it before decoding). */
  tooLarge: (limit: number) => new ApiError(GRPC.ResourceExhausted, `request body larger than ${limit} bytes (api.max_body_bytes)`, 413),
};

/** SDK codes whose gRPC status the SDK sets (types/errors: the errors registered with a gRPC code). */
const SDK_GRPC: Record<number, number> = {
  2: GRPC.InvalidArgument, // tx parse
  6: GRPC.Unimplemented, // unknown request
  7: GRPC.InvalidArgument, // invalid address
  8: GRPC.InvalidArgument, // invalid pubkey
  10: GRPC.InvalidArgument, // invalid coins
  18: GRPC.InvalidArgument, // invalid request
  22: GRPC.NotFound, // key not found
  26: GRPC.InvalidArgument, // invalid height
  38: GRPC.NotFound, // not found
};

/**
 * The gateway error of a failed query (an ABCI code and codespace): the SDK's own gRPC codes for sdk
 * errors; a module error is NotFound when it names something not found and InvalidArgument when it
 * names an invalid input (its registered description says which), otherwise Unknown (HTTP 500).
 */
export function queryError(r: { code: number; codespace: string; log: string }): ApiError {
  const def = registeredErrors().find((d) => d.codespace === r.codespace && d.code === r.code);
  const desc = def?.description ?? '';
  // A gRPC status passed through ABCI reads "rpc error: code = NotFound desc = <message>: <description>";
  // the gateway answers with the status's own message.
  const grpc = /^rpc error: code = \w+ desc = (.*)$/s.exec(r.log);
  const message = grpc ? (desc && grpc[1]!.endsWith(`: ${desc}`) ? grpc[1]!.slice(0, -desc.length - 2) : grpc[1]!) : r.log;
  if (r.codespace === 'sdk') return new ApiError(SDK_GRPC[r.code] ?? GRPC.Unknown, message);
  if (/not found/i.test(desc)) return new ApiError(GRPC.NotFound, message);
  if (/invalid|bad_input|must be/i.test(desc)) return new ApiError(GRPC.InvalidArgument, message);
  return new ApiError(GRPC.Unknown, message);
}
