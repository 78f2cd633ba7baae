import fc from 'fast-check';
import { crc32c } from '../../server/storage/crc32c';

/** The textbook bit-at-a-time definition, as an independent reference. */
function naiveCrc32c(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('crc32c', () => {
  it('gives the standard check value for "123456789": 0xE3069283', () => {
    expect(crc32c(Buffer.from('123456789', 'ascii'))).toBe(0xe3069283);
  });

  it('matches the RFC 3720 (iSCSI) test vectors', () => {
    const ascending = Uint8Array.from({ length: 32 }, (_, i) => i);
    const descending = Uint8Array.from({ length: 32 }, (_, i) => 31 - i);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(ascending)).toBe(0x46dd794e);
    expect(crc32c(descending)).toBe(0x113fdb5c);
  });

  it('is 0 for empty input', () => {
    expect(crc32c(new Uint8Array(0))).toBe(0);
  });

  it('agrees with the bitwise reference on random input of every length', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (data) => crc32c(data) === naiveCrc32c(data)), { numRuns: 500 });
  });

  it('chains: crc32c(b, crc32c(a)) equals crc32c(a ++ b)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 64 }), (a, b) => {
        return crc32c(b, crc32c(a)) === crc32c(Buffer.concat([a, b]));
      }),
      { numRuns: 300 },
    );
  });

  it('works on a Buffer view at a non-zero byte offset', () => {
    const backing = Buffer.from('xx123456789yy', 'ascii');
    expect(crc32c(backing.subarray(2, 11))).toBe(0xe3069283);
  });

  it('hashes 32 MiB fast enough for the log path (slicing-by-8)', () => {
    const data = Buffer.alloc(32 * 1024 * 1024, 7);
    const started = process.hrtime.bigint();
    crc32c(data);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`crc32c throughput: ${(32 / seconds).toFixed(0)} MiB/s`);
    expect(seconds).toBeLessThan(2);
  });
});
