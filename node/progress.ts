// A one-line progress bar on a terminal (stderr).
export function progressBar(label: string) {
  let last = 0;
  return (done: number, total: number, final = false) => {
    const now = Date.now();
    if (!final && now - last < 100) return;
    last = now;
    const width = 30;
    const frac = total > 0 ? done / total : 1;
    const filled = Math.round(frac * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${final ? '\n' : ''}`);
  };
}
