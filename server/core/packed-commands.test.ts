import { packCommands } from './packed-commands';

describe('packCommands', () => {
  it('copies a slot\'s commands into one buffer of exactly their size, in order, detached from their sources', () => {
    const frame = new Uint8Array(8192).fill(7);
    const sources = [frame.subarray(10, 13), new Uint8Array(0), Uint8Array.of(1, 2), frame.subarray(100, 101)];
    const packed = packCommands(sources);
    expect(packed.map((c) => [...c])).toEqual(sources.map((c) => [...c]));
    expect(new Set(packed.map((c) => c.buffer)).size).toBe(1);
    expect(packed[0]!.buffer.byteLength).toBe(6);
    frame.fill(0);
    expect(packed.map((c) => [...c])).toEqual([[7, 7, 7], [], [1, 2], [7]]);
  });

  it('allocates through the given allocator (the node passes Buffer.allocUnsafeSlow) and packs nothing into an empty list', () => {
    const packed = packCommands([Buffer.from('ab'), Buffer.from('c')], Buffer.allocUnsafeSlow);
    expect(packed.every((c) => Buffer.isBuffer(c))).toBe(true);
    expect(packed.map((c) => Buffer.from(c).toString())).toEqual(['ab', 'c']);
    expect(packCommands([])).toEqual([]);
  });
});
