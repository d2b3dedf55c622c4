// A batch of signature jobs packed into one byte array, so it crosses to a worker as one transferred
// buffer instead of a structured clone of three arrays per job (each clone copies the whole tx buffer
// the signature and key are views of). Layout per job: msg length (u32 BE), msg, sig length (u8), sig,
// pk length (u8), pk.
import type { SigJob } from '../chain/app.js';

export function packJobs(jobs: SigJob[]): Uint8Array {
  let size = 0;
  for (const j of jobs) size += 6 + j.msg.length + j.sig.length + j.pk.length;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let at = 0;
  for (const j of jobs) {
    if (j.sig.length > 255 || j.pk.length > 255) throw new RangeError('signature or key longer than 255 bytes');
    dv.setUint32(at, j.msg.length);
    out.set(j.msg, at + 4);
    at += 4 + j.msg.length;
    out[at] = j.sig.length;
    out.set(j.sig, at + 1);
    at += 1 + j.sig.length;
    out[at] = j.pk.length;
    out.set(j.pk, at + 1);
    at += 1 + j.pk.length;
  }
  return out;
}

/** The jobs of a packed batch, as views into it. */
export function unpackJobs(packed: Uint8Array): SigJob[] {
  const dv = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const jobs: SigJob[] = [];
  let at = 0;
  while (at < packed.length) {
    const ml = dv.getUint32(at);
    const msg = packed.subarray(at + 4, at + 4 + ml);
    at += 4 + ml;
    const sig = packed.subarray(at + 1, at + 1 + packed[at]!);
    at += 1 + sig.length;
    const pk = packed.subarray(at + 1, at + 1 + packed[at]!);
    at += 1 + pk.length;
    jobs.push({ msg, sig, pk });
  }
  return jobs;
}
