// Programmer-error assertions. A violated invariant means this code is wrong, so we
// throw loudly instead of limping on with state that may lose acknowledged data.

export class InvariantError extends Error {
  constructor(message: string) {
    super(`storage invariant violated: ${message}`);
    this.name = 'InvariantError';
  }
}

export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

/** A record index or slot: a non-negative integer JS numbers represent exactly. */
export function assertSafeIndex(value: number, what: string): void {
  invariant(Number.isSafeInteger(value) && value >= 0, `${what} must be a safe non-negative integer, got ${value}`);
}
