// The fetch window against a network that loses, repeats and reorders answers, and a
// sender that may cut chunks at another size: the bytes handed out are the payload, in
// order, and no more than `depth` chunks are ever out or held.
import fc from 'fast-check';
import { FetchWindow } from './fetch-window';

interface Answer {
  readonly offset: number;
  readonly data: Uint8Array;
}

function serve(payload: Uint8Array, senderChunk: number, offset: number): Answer {
  return { offset, data: payload.subarray(offset, Math.min(payload.length, offset + senderChunk)) };
}

describe('FetchWindow', () => {
  it('assembles the payload in order through losses, repeats, reordering and other chunk sizes', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 16, max: 500 }), fc.option(fc.integer({ min: 8, max: 900 })),
      fc.integer({ min: 1, max: 6 }), fc.infiniteStream(fc.integer({ min: 0, max: 999 })),
      (total, chunkBytes, otherSenderChunk, depth, dice) => {
        const payload = Uint8Array.from({ length: total }, (_, i) => (i * 31 + 7) & 0xff);
        const senderChunk = otherSenderChunk ?? chunkBytes;
        const window = new FetchWindow(chunkBytes, depth);
        const roll = dice[Symbol.iterator]();
        const next = (): number => roll.next().value as number;
        const network: Answer[] = [];
        const ask = (offsets: number[]): void => {
          for (const offset of offsets) {
            const r = next();
            if (r < 100) continue; // lost
            network.push(serve(payload, senderChunk, offset));
            if (r >= 900) network.push(serve(payload, senderChunk, offset)); // repeated
          }
        };
        const assembled: number[] = [];
        ask(window.toRequest());
        for (let step = 0; !window.complete; step++) {
          if (step > 50_000) throw new Error('the window stopped making progress');
          if (network.length === 0) {
            ask(window.rerequest()); // the stall timer
            continue;
          }
          const [answer] = network.splice(next() % network.length, 1);
          const verdict = window.accept(answer!.offset, answer!.data, total);
          if (verdict === 'inconsistent') throw new Error(`a true chunk at ${answer!.offset} was called inconsistent`);
          for (let chunk = window.takeNext(); chunk !== null; chunk = window.takeNext()) {
            if (chunk.offset !== assembled.length) throw new Error(`chunk at ${chunk.offset} handed out after ${assembled.length} bytes`);
            for (const byte of chunk.data) assembled.push(byte);
          }
          ask(window.toRequest());
          if (window.outstanding > depth) throw new Error(`${window.outstanding} chunks out or held, depth ${depth}`);
        }
        expect(Uint8Array.from(assembled)).toEqual(payload);
        expect(window.writtenBytes).toBe(total);
      },
    ), { numRuns: 300 });
  });

  it('asks for the first chunk alone, then keeps depth requests out', () => {
    const window = new FetchWindow(100, 3);
    expect(window.toRequest()).toEqual([0]);
    expect(window.toRequest()).toEqual([]);
    expect(window.accept(0, new Uint8Array(100), 1000)).toBe('kept');
    expect(window.toRequest()).toEqual([100, 200]);
    expect(window.takeNext()?.offset).toBe(0);
    expect(window.toRequest()).toEqual([300]);
    expect(window.rerequest()).toEqual([100, 200, 300]);
  });

  it('ignores answers to nothing asked and rejects chunks that contradict the size', () => {
    const window = new FetchWindow(100, 2);
    window.toRequest();
    expect(window.accept(100, new Uint8Array(100), 1000)).toBe('ignored');
    expect(window.accept(0, new Uint8Array(0), 1000)).toBe('inconsistent');
    expect(window.accept(0, new Uint8Array(100), 50)).toBe('inconsistent');
    expect(window.accept(0, new Uint8Array(100), 1000)).toBe('kept');
    expect(window.accept(0, new Uint8Array(100), 1000)).toBe('ignored');
    window.toRequest();
    expect(window.accept(100, new Uint8Array(100), 999)).toBe('inconsistent');
  });
});
