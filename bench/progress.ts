// Progress on stderr: a redrawn bar on a TTY, plain lines (at most one per few seconds) otherwise.
export class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private lastLineMs = 0;
  private drawn = false;

  /** A status update: `fraction` in [0, 1]. */
  update(label: string, fraction: number, detail: string): void {
    if (this.tty) {
      const width = 30;
      const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
      const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
      const columns = process.stderr.columns ?? 100;
      const line = `${label} [${bar}] ${Math.round(fraction * 100)}% ${detail}`.slice(0, columns - 1);
      process.stderr.write(`\r${line}\x1b[K`);
      this.drawn = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastLineMs < 5000) return;
    this.lastLineMs = now;
    process.stderr.write(`${label} ${Math.round(fraction * 100)}% ${detail}\n`);
  }

  /** A line that stays. */
  log(line: string): void {
    if (this.tty && this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
    this.lastLineMs = 0;
    process.stderr.write(line + '\n');
  }

  done(): void {
    if (this.tty && this.drawn) process.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}
