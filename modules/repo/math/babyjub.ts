// Baby Jubjub (the twisted Edwards curve over the BN254 scalar field the circuits' ECDH uses):
// the on-curve check of encryption keys the module stores or accepts. Pure bigint.
import { FIELD_R, fieldsFromBytes } from './sealed.js';

const A = 168700n;
const D = 168696n;

/** a·x² + y² = 1 + d·x²·y² (mod r), and not the identity (0, 1), which would make every shared key known. */
export function onBabyJubjub(x: bigint, y: bigint): boolean {
  if (x < 0n || y < 0n || x >= FIELD_R || y >= FIELD_R) return false;
  if (x === 0n && y === 1n) return false;
  const x2 = (x * x) % FIELD_R;
  const y2 = (y * y) % FIELD_R;
  return (A * x2 + y2) % FIELD_R === (1n + ((D * x2) % FIELD_R) * y2) % FIELD_R;
}

/** A 64-byte x ‖ y key on the curve; null otherwise. */
export function babyJubjubKey(b: Uint8Array): [bigint, bigint] | null {
  const xy = fieldsFromBytes(b, 2);
  return xy && onBabyJubjub(xy[0]!, xy[1]!) ? [xy[0]!, xy[1]!] : null;
}
