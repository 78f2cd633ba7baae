// A progress bar on a terminal; plain periodic lines when output is not a TTY (CI).
export class ProgressLine {
  private readonly started = Date.now();
  private lastPlain = 0;

  constructor(private readonly label: string, private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(done: number, note = ''): void {
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const pct = this.total > 0 ? (100 * done) / this.total : 100;
    const text = `${this.label}: ${done}/${this.total} (${pct.toFixed(0)}%) ${rate.toFixed(1)}/s ETA ${eta.toFixed(0)}s ${note}`;
    if (this.stream.isTTY) {
      const width = 30;
      const filled = Math.round((width * done) / Math.max(this.total, 1));
      this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}   `);
    } else if (Date.now() - this.lastPlain > 5000 || done === this.total) {
      this.lastPlain = Date.now();
      this.stream.write(text + '\n');
    }
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
