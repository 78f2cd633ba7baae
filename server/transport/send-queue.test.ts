import { SendQueue } from './send-queue';

describe('SendQueue', () => {
  test('admits while buffered bytes stay within the bound, then drops', () => {
    const queue = new SendQueue({ maxBytes: 1000, maxMessages: 100 });
    expect(queue.tryAdmit(400, 0)).toBe(true);
    expect(queue.tryAdmit(400, 400)).toBe(true);
    expect(queue.tryAdmit(400, 800)).toBe(false);
    expect(queue.tryAdmit(200, 800)).toBe(true);
    expect(queue.messages).toBe(3);
    queue.release();
    expect(queue.messages).toBe(2);
  });

  test('an empty queue takes one frame larger than the bound, but only one', () => {
    const queue = new SendQueue({ maxBytes: 100, maxMessages: 100 });
    expect(queue.tryAdmit(5000, 0)).toBe(true);
    expect(queue.tryAdmit(5000, 0)).toBe(false);
    queue.release();
    expect(queue.tryAdmit(5000, 0)).toBe(true);
  });

  test('bounds the number of frames in flight', () => {
    const queue = new SendQueue({ maxBytes: 1 << 20, maxMessages: 3 });
    expect([1, 2, 3, 4].map(() => queue.tryAdmit(1, 0))).toEqual([true, true, true, false]);
    queue.release();
    expect(queue.tryAdmit(1, 0)).toBe(true);
  });

  test('release without admit is a programming error', () => {
    expect(() => new SendQueue({ maxBytes: 1, maxMessages: 1 }).release()).toThrow();
    expect(() => new SendQueue({ maxBytes: 0, maxMessages: 1 })).toThrow(RangeError);
  });
});
