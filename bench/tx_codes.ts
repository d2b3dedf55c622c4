// The result codes of a block's txs, read from the raw text of a `block_results` JSON-RPC answer
// without parsing it: with 5,000 bank sends a block's results are ≈ 10 MB of JSON (every tx's events),
// and JSON.parse of it was most of the load generator's CPU, which on a 2-core machine is taken from the
// node being measured.
//
// Each ExecTxResult is an object whose first key is "code" (CometBFT's field order, node/rpc/format.ts),
// so `{"code":` starts one tx result. The text cannot occur inside a JSON string (a quote there is
// written \"), nor elsewhere in the answer (events and attributes start with "type" and "key"). When
// the count of tx results found is not the one expected, the caller parses the answer instead.

const MARK = '{"code":';

/** The codes of the tx results in `text`, in order, when there are exactly `expected` of them. */
export function scanTxCodes(text: string, expected: number): number[] | undefined {
  const codes: number[] = [];
  for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at)) {
    at += MARK.length;
    let code = 0;
    let digits = 0;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at), digits++) code = code * 10 + (c - 48);
    if (digits === 0 || codes.length === expected) return undefined;
    codes.push(code);
  }
  return codes.length === expected ? codes : undefined;
}
