import { Backoff } from './backoff';

describe('Backoff', () => {
  test('doubles from min to the cap, jittered within [base/2, base]', () => {
    const low = new Backoff({ minMs: 100, maxMs: 1000, random: () => 0 });
    const high = new Backoff({ minMs: 100, maxMs: 1000, random: () => 0.999999 });
    expect(Array.from({ length: 6 }, () => low.nextDelayMs())).toEqual([50, 100, 200, 400, 500, 500]);
    expect(Array.from({ length: 6 }, () => high.nextDelayMs())).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(low.attempts).toBe(6);
  });

  test('reset starts over; many attempts stay finite and capped', () => {
    const backoff = new Backoff({ minMs: 10, maxMs: 300, random: () => 0.5 });
    for (let attempt = 0; attempt < 200; attempt++) {
      const delay = backoff.nextDelayMs();
      expect(delay).toBeGreaterThanOrEqual(5);
      expect(delay).toBeLessThanOrEqual(300);
    }
    backoff.reset();
    expect(backoff.attempts).toBe(0);
    expect(backoff.nextDelayMs()).toBe(8);
  });

  test('rejects nonsense limits', () => {
    expect(() => new Backoff({ minMs: 0, maxMs: 10 })).toThrow(RangeError);
    expect(() => new Backoff({ minMs: 20, maxMs: 10 })).toThrow(RangeError);
  });
});
