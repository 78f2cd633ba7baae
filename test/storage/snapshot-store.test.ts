import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { crc32c } from '../../server/storage/crc32c';
import { StorageCorruptionError } from '../../server/storage/errors';
import { SNAPSHOT_HEADER_BYTES } from '../../server/storage/snapshot-format';
import { SnapshotStore } from '../../server/storage/snapshot-store';
import { CapturingLogger, errnoError, expectStorageError, ScriptedIo, useTempDir } from './helpers';

const tempDir = useTempDir('snap');

function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

async function flipByte(file: string, offset: number): Promise<void> {
  const handle = await fs.open(file, 'r+');
  const byte = Buffer.alloc(1);
  await handle.read(byte, 0, 1, offset);
  byte[0] ^= 0x40;
  await handle.write(byte, 0, 1, offset);
  await handle.close();
}

describe('SnapshotStore: write and read', () => {
  it('writes via .tmp + rename and reads back exactly the bytes written', async () => {
    const store = await SnapshotStore.open(tempDir());
    const payload = Buffer.from('state machine image');
    const info = await store.write(42, payload);
    expect(info).toMatchObject({ slot: 42, payloadBytes: payload.length, payloadCrc: crc32c(payload) });
    expect(listing(tempDir())).toEqual(['snapshot-0000000000000042.snap']);
    expect((await store.readAll(42)).equals(payload)).toBe(true);
    expect(await store.latest()).toMatchObject({ slot: 42 });
  });

  it('accepts a sync or async chunk iterator and an empty payload', async () => {
    const store = await SnapshotStore.open(tempDir());
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('ab');
      yield Buffer.from('');
      yield Buffer.from('cd');
    }
    await store.write(1, [Buffer.from('x'), Buffer.from('y')]);
    expect((await store.readAll(1)).toString()).toBe('xy');
    await store.write(2, chunks());
    expect((await store.readAll(2)).toString()).toBe('abcd');
    await store.write(3, new Uint8Array(0));
    expect(await store.readAll(3)).toHaveLength(0);
  });

  it('keeps the newest snapshotsRetained snapshots and deletes older ones', async () => {
    const store = await SnapshotStore.open(tempDir(), { snapshotsRetained: 2 });
    for (const slot of [10, 20, 30]) await store.write(slot, Buffer.from(`at ${slot}`));
    expect(await store.slots()).toEqual([30, 20]);
    const single = await SnapshotStore.open(tempDir(), { snapshotsRetained: 1 });
    await single.write(40, Buffer.from('at 40'));
    expect(await single.slots()).toEqual([40]);
  });

  it('returns null from latest() when there is no snapshot', async () => {
    const store = await SnapshotStore.open(tempDir());
    expect(await store.latest()).toBeNull();
  });

  it('deletes a leftover .tmp of an interrupted write on open, with a warning', async () => {
    await fs.writeFile(path.join(tempDir(), 'snapshot-0000000000000009.tmp'), 'half written');
    const logger = new CapturingLogger();
    await SnapshotStore.open(tempDir(), { logger });
    expect(listing(tempDir())).toEqual([]);
    expect(logger.at('warn')).toHaveLength(1);
  });

  it('streams a large snapshot in chunks no larger than chunkBytes', async () => {
    const store = await SnapshotStore.open(tempDir(), { chunkBytes: 1000 });
    const payload = Buffer.from(Array.from({ length: 10_500 }, (_, i) => i % 256));
    await store.write(7, payload);
    const reader = await store.openReader(7);
    const sizes: number[] = [];
    const parts: Buffer[] = [];
    for await (const chunk of reader.chunks()) {
      expect(chunk.offset).toBe(sizes.reduce((a, b) => a + b, 0));
      sizes.push(chunk.data.length);
      parts.push(chunk.data);
    }
    await reader.close();
    expect(Math.max(...sizes)).toBe(1000);
    expect(Buffer.concat(parts).equals(payload)).toBe(true);
  });

  it('fails with DISK_FULL and leaves no file behind when the disk fills mid-write', async () => {
    const io = new ScriptedIo();
    io.onWrite = (call) => (call === 2 ? errnoError('ENOSPC') : undefined);
    const store = await SnapshotStore.open(tempDir(), { io });
    await expectStorageError(store.write(5, [Buffer.from('one'), Buffer.from('two')]), 'DISK_FULL');
    expect(listing(tempDir())).toEqual([]);
  });

  it('reports SNAPSHOT_NOT_FOUND for a slot without a snapshot', async () => {
    const store = await SnapshotStore.open(tempDir());
    await expectStorageError(store.openReader(3), 'SNAPSHOT_NOT_FOUND');
  });
});

describe('SnapshotStore: corruption', () => {
  it('falls back from a corrupt newest snapshot to the previous one with a warning', async () => {
    const logger = new CapturingLogger();
    const store = await SnapshotStore.open(tempDir(), { logger });
    await store.write(10, Buffer.from('older but fine'));
    const newest = await store.write(20, Buffer.from('newer but rotten'));
    await flipByte(newest.file, SNAPSHOT_HEADER_BYTES + 3);
    const latest = await store.latest();
    expect(latest).toMatchObject({ slot: 10 });
    expect(logger.at('warn').some((entry) => /falling back/.test(entry.msg))).toBe(true);
  });

  it('throws SNAPSHOT_CORRUPT from latest() when the only snapshot is corrupt', async () => {
    const store = await SnapshotStore.open(tempDir());
    const only = await store.write(10, Buffer.from('the only one'));
    await flipByte(only.file, SNAPSHOT_HEADER_BYTES);
    const error = await expectStorageError(store.latest(), 'SNAPSHOT_CORRUPT');
    expect(error).toBeInstanceOf(StorageCorruptionError);
    expect(error.message).toContain(only.file);
  });

  it.each([
    ['a flipped header byte', (file: string) => flipByte(file, 17)],
    ['a truncated payload', (file: string) => fs.truncate(file, SNAPSHOT_HEADER_BYTES + 2)],
    ['a truncated header', (file: string) => fs.truncate(file, 10)],
    ['extra bytes at the end', (file: string) => fs.appendFile(file, 'junk')],
  ])('detects %s as SNAPSHOT_CORRUPT', async (_label, damage) => {
    const store = await SnapshotStore.open(tempDir());
    const info = await store.write(10, Buffer.from('payload bytes'));
    await damage(info.file);
    await expectStorageError(store.verify(10), 'SNAPSHOT_CORRUPT');
  });

  it('detects a snapshot file renamed to another slot', async () => {
    const store = await SnapshotStore.open(tempDir());
    const info = await store.write(10, Buffer.from('payload'));
    await fs.rename(info.file, path.join(tempDir(), 'snapshot-0000000000000011.snap'));
    await expectStorageError(store.verify(11), 'SNAPSHOT_CORRUPT');
  });
});

describe('SnapshotStore: receiving a snapshot in chunks', () => {
  async function source(): Promise<{ sender: SnapshotStore; payload: Buffer }> {
    const sender = await SnapshotStore.open(path.join(tempDir(), 'sender'), { chunkBytes: 64 });
    const payload = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
    await sender.write(99, payload);
    return { sender, payload };
  }

  it('installs a snapshot streamed from a peer once the crc matches', async () => {
    const { sender, payload } = await source();
    const receiver = await SnapshotStore.open(path.join(tempDir(), 'receiver'));
    const reader = await sender.openReader(99);
    const incoming = await receiver.beginReceive(99, reader.info.payloadBytes);
    for await (const chunk of reader.chunks()) await incoming.writeChunk(chunk.offset, chunk.data);
    await reader.close();
    const info = await incoming.finish(reader.info.payloadCrc);
    expect(info.slot).toBe(99);
    expect((await receiver.readAll(99)).equals(payload)).toBe(true);
    expect(listing(path.join(tempDir(), 'receiver'))).toEqual(['snapshot-0000000000000099.snap']);
  });

  it('rejects a transfer whose bytes do not match the announced crc and keeps nothing', async () => {
    const { payload } = await source();
    const receiver = await SnapshotStore.open(path.join(tempDir(), 'receiver'));
    const incoming = await receiver.beginReceive(99, payload.length);
    const damaged = Buffer.from(payload);
    damaged[500] ^= 1;
    await incoming.writeChunk(0, damaged.subarray(0, 600));
    await incoming.writeChunk(600, damaged.subarray(600));
    const error = await expectStorageError(incoming.finish(crc32c(payload)), 'SNAPSHOT_CORRUPT');
    expect(error.message).toMatch(/sender announced/);
    expect(listing(path.join(tempDir(), 'receiver'))).toEqual([]);
    expect(await receiver.latest()).toBeNull();
  });

  it('rejects an out-of-order chunk but keeps the transfer usable', async () => {
    const { payload } = await source();
    const receiver = await SnapshotStore.open(path.join(tempDir(), 'receiver'));
    const incoming = await receiver.beginReceive(99, payload.length);
    await expectStorageError(incoming.writeChunk(10, payload.subarray(10, 20)), 'SNAPSHOT_TRANSFER');
    await incoming.writeChunk(0, payload);
    await incoming.finish(crc32c(payload));
    expect((await receiver.readAll(99)).equals(payload)).toBe(true);
  });

  it('rejects chunks beyond the announced size, and finish() before all bytes arrived', async () => {
    const receiver = await SnapshotStore.open(tempDir());
    const incoming = await receiver.beginReceive(5, 4);
    await expectStorageError(incoming.writeChunk(0, Buffer.from('too long')), 'SNAPSHOT_TRANSFER');
    await incoming.writeChunk(0, Buffer.from('ab'));
    await expectStorageError(incoming.finish(0), 'SNAPSHOT_TRANSFER');
    expect(listing(tempDir())).toEqual([]);
  });

  it('refuses a second concurrent writer of the same slot', async () => {
    const store = await SnapshotStore.open(tempDir());
    const first = await store.beginReceive(5, 1);
    await expectStorageError(store.beginReceive(5, 1), 'SNAPSHOT_TRANSFER');
    await first.abort();
    expect(listing(tempDir())).toEqual([]);
    const again = await store.beginReceive(5, 1);
    await again.writeChunk(0, Buffer.from('z'));
    await again.finish(crc32c(Buffer.from('z')));
    expect(await store.slots()).toEqual([5]);
  });
});
