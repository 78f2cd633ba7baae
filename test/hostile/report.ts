// The table the hostile test prints at the end: each hostile input, what the node
// answered, and what the cluster did meanwhile. Markdown, so it can be quoted as is.
export class HostileReport {
  private readonly rows: { input: string; got: string }[] = [];

  add(input: string, got: string): void {
    this.rows.push({ input, got });
  }

  /** Outcomes of many identical inputs, most frequent first: "1800× 429 TOO_MANY_CONNECTIONS, 200× 408 REQUEST_TIMEOUT". */
  static tally(outcomes: readonly string[]): string {
    const counts = new Map<string, number>();
    for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${count}× ${outcome}`).join(', ');
  }

  toString(): string {
    const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return ['| hostile input | what it got |', '|---|---|', ...this.rows.map((row) => `| ${cell(row.input)} | ${cell(row.got)} |`)].join('\n');
  }
}
