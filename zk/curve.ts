// snarkjs keeps one bn128 curve (with worker threads) per process in globalThis.curve_bn128; a
// process that proved or verified does not exit until it is terminated.
export async function releaseZk(): Promise<void> {
  const g = globalThis as { curve_bn128?: { terminate(): Promise<void> } };
  const c = g.curve_bn128;
  if (c) {
    delete g.curve_bn128;
    await c.terminate();
  }
}
