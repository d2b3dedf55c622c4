// Probes for abuse tests against a spawned node: its RSS (VmRSS) sampled over time, and a `status`
// poller in a process of its own (so the test's own work does not delay it) recording every latency.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

/** Samples a process's RSS every `everyMs` until stopped; resolves with the peak in MB. */
export function rssPeak(pid: number, everyMs = 50): { stop: () => Promise<number> } {
  let running = true;
  let peak = rssMb(pid);
  const loop = (async () => {
    while (running) {
      try {
        peak = Math.max(peak, rssMb(pid));
      } catch {
        return; // the process is gone
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

export interface StatusProbe {
  /** Resolves once the poller has made its first (warm-up, unrecorded) call. */
  ready: Promise<void>;
  /** Stops polling; the latency of every `status` answer (ms) and the number of failed calls. */
  stop(): Promise<{ latencies: number[]; failed: number }>;
}

/** Polls `status` every `everyMs` from a child process; the first call (connection set-up, warm-up) is not recorded. */
export function statusProbe(url: string, everyMs = 50): StatusProbe {
  const script = `
    const lat = []; let failed = 0; let stop = false;
    process.stdin.on('data', () => { stop = true; });
    const call = () => fetch(${JSON.stringify(url)}, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'status' }), signal: AbortSignal.timeout(20000) }).then((r) => r.json());
    (async () => {
      await call().catch(() => {});
      process.stdout.write('R');
      while (!stop) {
        const t0 = Date.now();
        try {
          const j = await call();
          if (j.result) lat.push(Date.now() - t0); else failed++;
        } catch { failed++; }
        await new Promise((r) => setTimeout(r, ${everyMs}));
      }
      process.stdout.write(JSON.stringify({ latencies: lat, failed }));
      process.exit(0);
    })();`;
  const p = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  p.stdout!.on('data', (d) => {
    out += d;
    if (out.startsWith('R')) markReady();
  });
  const done = new Promise<void>((r) => p.once('exit', () => r()));
  return {
    ready,
    stop: async () => {
      p.stdin!.end('stop');
      await done;
      return JSON.parse(out.slice(1)) as { latencies: number[]; failed: number };
    },
  };
}

/** RSS now, its peak from now on, and a `status` poller already past its warm-up: what an abuse test watches. */
export async function watchNode(pid: number, url: string): Promise<{ pid: number; base: number; rss: { stop: () => Promise<number> }; probe: StatusProbe }> {
  const base = rssMb(pid);
  const rss = rssPeak(pid);
  const probe = statusProbe(url);
  await probe.ready;
  return { pid, base, rss, probe };
}
