import fc from 'fast-check';
import { decodeFrame, encodeFrame, findNextValidFrame, FRAME_HEADER_BYTES } from '../../server/storage/record-format';

describe('wal record format', () => {
  it('round-trips index and payload, including indexes above 2^32 and empty payloads', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.uint8Array({ maxLength: 200 }), (index, payload) => {
        const decoded = decodeFrame(encodeFrame(index, payload), 0);
        return decoded.kind === 'frame' && decoded.index === index && Buffer.from(payload).equals(decoded.payload)
          && decoded.frameBytes === FRAME_HEADER_BYTES + payload.length;
      }),
    );
  });

  it('rejects every single-bit flip anywhere in a frame', () => {
    const frame = encodeFrame(2 ** 40 + 7, Buffer.from('paxos accepted value'));
    for (let bit = 0; bit < frame.length * 8; bit++) {
      const damaged = Buffer.from(frame);
      damaged[bit >> 3] ^= 1 << (bit & 7);
      expect(decodeFrame(damaged, 0).kind).toBe('bad');
    }
  });

  it('never decodes a run of zero bytes as a record (a filesystem hole after a crash)', () => {
    const zeros = Buffer.alloc(4096);
    expect(decodeFrame(zeros, 0).kind).toBe('bad');
    expect(findNextValidFrame(zeros, 0)).toBe(-1);
  });

  it('reports an incomplete header or payload as bad, never throwing', () => {
    const frame = encodeFrame(1, Buffer.alloc(100, 1));
    for (let cut = 0; cut < frame.length; cut++) {
      const decoded = decodeFrame(frame.subarray(0, cut), 0);
      expect(decoded.kind).toBe('bad');
    }
  });

  it('finds the next valid frame after garbage, at its exact offset', () => {
    const garbage = Buffer.from('not a frame at all, just noise!!');
    const buf = Buffer.concat([garbage, encodeFrame(5, Buffer.from('x'))]);
    expect(findNextValidFrame(buf, 1)).toBe(garbage.length);
  });

  it('refuses to encode record index 0 (indexes start at 1)', () => {
    expect(() => encodeFrame(0, new Uint8Array(1))).toThrow(/invariant/);
  });
});
