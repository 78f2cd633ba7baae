import { constants, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StorageCorruptionError, StorageError } from '../../server/storage/errors';
import { encodeFrame } from '../../server/storage/record-format';
import { Wal, type WalOptions } from '../../server/storage/wal';
import { bytes, CapturingLogger, deferred, errnoError, expectStorageError, ScriptedIo, useTempDir } from './helpers';

const tempDir = useTempDir('wal');

function segmentFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('wal-')).sort();
}

function lastSegment(dir: string): string {
  const files = segmentFiles(dir);
  return path.join(dir, files[files.length - 1]);
}

async function writeRecords(dir: string, payloads: Uint8Array[], options: WalOptions = {}): Promise<void> {
  const { wal } = await Wal.open(dir, options);
  await wal.appendAndSync(payloads);
  await wal.close();
}

function texts(records: { payload: Uint8Array }[]): string[] {
  return records.map((record) => Buffer.from(record.payload).toString());
}

describe('Wal: append and replay', () => {
  it('starts empty and numbers records from 1', async () => {
    const { wal, records } = await Wal.open(tempDir());
    expect(records).toEqual([]);
    expect(wal.nextIndex).toBe(1);
    expect(wal.append(bytes('a'))).toBe(1);
    expect(wal.append(bytes('b'))).toBe(2);
    await wal.close();
    expect(segmentFiles(tempDir())).toEqual(['wal-0000000000000001.log']);
  });

  it('replays every flushed record in order with exact bytes after reopen', async () => {
    const payloads = [bytes('one'), new Uint8Array(0), Uint8Array.from({ length: 5000 }, (_, i) => i % 251), bytes('last')];
    await writeRecords(tempDir(), payloads);
    const { wal, records } = await Wal.open(tempDir());
    expect(records.map((r) => r.index)).toEqual([1, 2, 3, 4]);
    records.forEach((record, i) => expect(Buffer.from(record.payload).equals(Buffer.from(payloads[i]))).toBe(true));
    expect(wal.nextIndex).toBe(5);
    await wal.close();
  });

  it('continues the index sequence across reopens', async () => {
    await writeRecords(tempDir(), [bytes('a'), bytes('b')]);
    const first = await Wal.open(tempDir());
    expect(await first.wal.appendAndSync([bytes('c')])).toEqual([3]);
    await first.wal.close();
    const second = await Wal.open(tempDir());
    expect(texts(second.records)).toEqual(['a', 'b', 'c']);
    await second.wal.close();
  });

  it('rejects a payload above recordBytesMax with RECORD_TOO_LARGE and appends nothing', async () => {
    const { wal } = await Wal.open(tempDir(), { recordBytesMax: 10 });
    expect(() => wal.append(new Uint8Array(11))).toThrow(expect.objectContaining({ code: 'RECORD_TOO_LARGE' }));
    await expectStorageError(wal.appendAndSync([new Uint8Array(1), new Uint8Array(11)]), 'RECORD_TOO_LARGE');
    expect(wal.nextIndex).toBe(1);
    await wal.close();
  });

  it('throws WAL_CLOSED on append after close, and close is idempotent', async () => {
    const { wal } = await Wal.open(tempDir());
    await wal.close();
    await wal.close();
    expect(() => wal.append(bytes('x'))).toThrow(expect.objectContaining({ code: 'WAL_CLOSED' }));
  });

  it('close makes buffered (unflushed) records durable before closing the file', async () => {
    const { wal } = await Wal.open(tempDir());
    wal.append(bytes('buffered-1'));
    wal.append(bytes('buffered-2'));
    await wal.close();
    expect(wal.durableIndex).toBe(2);
    const reopened = await Wal.open(tempDir());
    expect(texts(reopened.records)).toEqual(['buffered-1', 'buffered-2']);
    await reopened.wal.close();
  });
});

describe('Wal: segments', () => {
  it('rolls to a new segment named after its first record when the next frame would pass segmentBytes', async () => {
    // Each frame is 20 header + 80 payload = 100 bytes; 250-byte segments hold 2.
    const payloads = Array.from({ length: 7 }, (_, i) => Buffer.alloc(80, i));
    const { wal } = await Wal.open(tempDir(), { segmentBytes: 250 });
    for (const payload of payloads) await wal.appendAndSync([payload]);
    expect(wal.segmentCount).toBe(4);
    await wal.close();
    expect(segmentFiles(tempDir())).toEqual([
      'wal-0000000000000001.log',
      'wal-0000000000000003.log',
      'wal-0000000000000005.log',
      'wal-0000000000000007.log',
    ]);
    const { wal: reopened, records } = await Wal.open(tempDir(), { segmentBytes: 250 });
    expect(records.map((r) => r.payload[0])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    await reopened.close();
  });

  it('rolls inside one group-commit batch, giving each segment its share', async () => {
    const { wal } = await Wal.open(tempDir(), { segmentBytes: 250 });
    await wal.appendAndSync(Array.from({ length: 9 }, () => Buffer.alloc(80)));
    await wal.close();
    expect(segmentFiles(tempDir())).toHaveLength(5);
    for (const name of segmentFiles(tempDir()).slice(0, 4)) expect(statSync(path.join(tempDir(), name)).size).toBe(200);
  });

  it('gives a record larger than segmentBytes a segment of its own', async () => {
    await writeRecords(tempDir(), [bytes('small'), Buffer.alloc(1000, 9), bytes('after')], { segmentBytes: 100 });
    expect(segmentFiles(tempDir())).toEqual(['wal-0000000000000001.log', 'wal-0000000000000002.log', 'wal-0000000000000003.log']);
    const { wal, records } = await Wal.open(tempDir(), { segmentBytes: 100 });
    expect(records.map((r) => r.payload.length)).toEqual([5, 1000, 5]);
    await wal.close();
  });

  it('truncateBefore deletes only whole segments entirely below the index', async () => {
    const { wal } = await Wal.open(tempDir(), { segmentBytes: 250 });
    await wal.appendAndSync(Array.from({ length: 7 }, () => Buffer.alloc(80)));
    // Segments start at 1, 3, 5, 7. Index 4 lies inside the segment starting at 3: keep it.
    expect(await wal.truncateBefore(4)).toBe(1);
    expect(wal.firstIndex).toBe(3);
    expect(await wal.truncateBefore(4)).toBe(0);
    await wal.close();
    const { wal: reopened, records } = await Wal.open(tempDir(), { segmentBytes: 250 });
    expect(records.map((r) => r.index)).toEqual([3, 4, 5, 6, 7]);
    await reopened.close();
  });

  it('truncateBefore never deletes the segment being appended to', async () => {
    const { wal } = await Wal.open(tempDir(), { segmentBytes: 250 });
    await wal.appendAndSync(Array.from({ length: 5 }, () => Buffer.alloc(80)));
    expect(await wal.truncateBefore(1_000_000)).toBe(2);
    expect(segmentFiles(tempDir())).toEqual(['wal-0000000000000005.log']);
    expect(await wal.appendAndSync([bytes('more')])).toEqual([6]);
    await wal.close();
    const { wal: reopened, records } = await Wal.open(tempDir());
    expect(records.map((r) => r.index)).toEqual([5, 6]);
    await reopened.close();
  });
});

describe('Wal: group commit', () => {
  it('coalesces 1000 concurrent appendAndSync calls into far fewer than 1000 fsyncs', async () => {
    const { wal } = await Wal.open(tempDir());
    const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => wal.appendAndSync([bytes(`record ${i}`)])));
    expect(results.flat()).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(wal.durableIndex).toBe(1000);
    expect(wal.fsyncCount).toBeLessThanOrEqual(3);
    console.log(`1000 concurrent appends -> ${wal.fsyncCount} fsync(s)`);
    await wal.close();
  });

  it('covers everything appended while an fsync is in flight with exactly one more fsync', async () => {
    const io = new ScriptedIo();
    const firstSync = deferred();
    io.onSync = (call) => (call === 1 ? firstSync.promise : undefined);
    const { wal } = await Wal.open(tempDir(), { io });
    const first = wal.appendAndSync([bytes('first')]);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the first fsync is now blocked
    expect(io.syncs).toBe(1);
    const later = Array.from({ length: 50 }, (_, i) => wal.appendAndSync([bytes(`later ${i}`)]));
    let laterDone = false;
    void Promise.all(later).then(() => (laterDone = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(laterDone).toBe(false);
    expect(wal.durableIndex).toBe(0);
    firstSync.resolve();
    await first;
    await Promise.all(later);
    expect(io.syncs).toBe(2);
    expect(io.writes).toBe(2);
    expect(wal.durableIndex).toBe(51);
    await wal.close();
  });

  it('resolves no flush before the fsync that covers its record has returned', async () => {
    const io = new ScriptedIo();
    const gate = deferred();
    io.onSync = () => gate.promise;
    const { wal } = await Wal.open(tempDir(), { io });
    let resolved = false;
    const flushed = wal.appendAndSync([bytes('x')]).then(() => (resolved = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(io.writes).toBe(1); // written to the page cache ...
    expect(resolved).toBe(false); // ... but not acknowledged
    gate.resolve();
    await flushed;
    expect(resolved).toBe(true);
    await wal.close();
  });

  it('write-through: on the real file system the segment is opened O_DSYNC, reopened ones too', async () => {
    const dsyncOpen = async (wal: Wal): Promise<boolean> => {
      const fd = (wal as unknown as { active: { handle: { fd: number } } }).active.handle.fd;
      const flags = /flags:\s*([0-7]+)/.exec(await fs.readFile(`/proc/self/fdinfo/${fd}`, 'utf8'))![1]!;
      return (parseInt(flags, 8) & constants.O_DSYNC) === constants.O_DSYNC;
    };
    if (process.platform !== 'linux') return;
    const { wal } = await Wal.open(tempDir());
    expect(await dsyncOpen(wal)).toBe(true);
    await wal.appendAndSync([bytes('x')]);
    expect(wal.fsyncCount).toBe(1);
    await wal.close();
    const reopened = await Wal.open(tempDir());
    expect(await dsyncOpen(reopened.wal)).toBe(true);
    await reopened.wal.close();
    const plain = await Wal.open(tempDir(), { writeThrough: false });
    expect(await dsyncOpen(plain.wal)).toBe(false);
    await plain.wal.close();
  });

  it('write-through: a flush is one write and no fdatasync, and resolves only after that write returned', async () => {
    const io = new ScriptedIo();
    const gate = deferred();
    io.onWrite = () => gate.promise;
    const { wal } = await Wal.open(tempDir(), { io, writeThrough: true });
    let resolved = false;
    const flushed = wal.appendAndSync([bytes('a'), bytes('b')]).then(() => (resolved = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(resolved).toBe(false);
    expect(wal.durableIndex).toBe(0);
    gate.resolve();
    await flushed;
    expect([io.writes, io.syncs, wal.durableIndex]).toEqual([1, 0, 2]);
    await wal.close();
  });

  it('flush with nothing new to sync resolves without an fsync', async () => {
    const { wal } = await Wal.open(tempDir());
    await wal.appendAndSync([bytes('x')]);
    const before = wal.fsyncCount;
    await wal.flush();
    expect(wal.fsyncCount).toBe(before);
    await wal.close();
  });
});

describe('Wal: disk failures', () => {
  it('ENOSPC on write fails the wal with DISK_FULL: pending and future appends are rejected', async () => {
    const io = new ScriptedIo();
    io.onWrite = (call) => (call === 2 ? errnoError('ENOSPC') : undefined);
    const logger = new CapturingLogger();
    const { wal } = await Wal.open(tempDir(), { io, logger });
    await wal.appendAndSync([bytes('ok')]);
    const failing = wal.appendAndSync([bytes('no space')]);
    await expectStorageError(failing, 'DISK_FULL');
    expect(() => wal.append(bytes('later'))).toThrow(expect.objectContaining({ code: 'DISK_FULL' }));
    await expectStorageError(wal.flush(), 'DISK_FULL');
    expect(wal.durableIndex).toBe(1);
    expect(logger.at('error')).toHaveLength(1);
    await expectStorageError(wal.close(), 'DISK_FULL');
  });

  it('EIO on fdatasync fails the wal with DISK_IO and never retries the fsync', async () => {
    const io = new ScriptedIo();
    io.onSync = (call) => (call === 1 ? errnoError('EIO') : undefined);
    const { wal } = await Wal.open(tempDir(), { io });
    const results = await Promise.allSettled([wal.appendAndSync([bytes('a')]), wal.appendAndSync([bytes('b')])]);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(StorageError);
      expect((result as PromiseRejectedResult).reason.code).toBe('DISK_IO');
    }
    expect(wal.durableIndex).toBe(0);
    await expectStorageError(wal.appendAndSync([bytes('c')]), 'DISK_IO');
    expect(io.syncs).toBe(1);
    await expectStorageError(wal.close(), 'DISK_IO');
  });

  it('a partial write left by a failure is cut as a torn tail on the next open', async () => {
    const io = new ScriptedIo();
    io.onSync = (call) => (call === 2 ? errnoError('EIO') : undefined);
    const { wal } = await Wal.open(tempDir(), { io });
    await wal.appendAndSync([bytes('durable')]);
    await expectStorageError(wal.appendAndSync([bytes('lost')]), 'DISK_IO');
    await wal.close().catch(() => undefined);
    // Simulate the kernel having persisted only half of the failed write.
    const file = lastSegment(tempDir());
    const size = statSync(file).size;
    await fs.truncate(file, size - 3);
    const logger = new CapturingLogger();
    const { wal: reopened, records } = await Wal.open(tempDir(), { logger });
    expect(texts(records)).toEqual(['durable']);
    expect(logger.at('warn')).toHaveLength(1);
    await reopened.close();
  });
});

describe('Wal: replay of damaged logs', () => {
  async function damagedLog(damage: (file: string, size: number) => Promise<void>): Promise<string> {
    await writeRecords(tempDir(), [bytes('alpha'), bytes('bravo'), bytes('charlie')]);
    const file = lastSegment(tempDir());
    await damage(file, statSync(file).size);
    return file;
  }

  const frameBytes = 20 + 'charlie'.length;
  it.each([
    ['a partial header', (size: number) => size - frameBytes + 7],
    ['a partial payload', (size: number) => size - 3],
    ['only the header, no payload', (size: number) => size - 'charlie'.length],
  ])('cuts a torn last record (%s) with a warning and keeps the prefix', async (_label, cutAt) => {
    await damagedLog((file, size) => fs.truncate(file, cutAt(size)));
    const logger = new CapturingLogger();
    const { wal, records } = await Wal.open(tempDir(), { logger });
    expect(texts(records)).toEqual(['alpha', 'bravo']);
    expect(logger.at('warn')).toHaveLength(1);
    expect(logger.at('warn')[0].msg).toMatch(/torn record/);
    expect(statSync(lastSegment(tempDir())).size).toBe(2 * 20 + 10);
    await wal.close();
  });

  it('cuts a last record with a bad payload checksum when nothing valid follows', async () => {
    await damagedLog(async (file, size) => {
      const handle = await fs.open(file, 'r+');
      await handle.write(Buffer.from('X'), 0, 1, size - 1);
      await handle.close();
    });
    const logger = new CapturingLogger();
    const { wal, records } = await Wal.open(tempDir(), { logger });
    expect(texts(records)).toEqual(['alpha', 'bravo']);
    expect(logger.at('warn')[0].obj).toMatchObject({ reason: 'payload checksum mismatch' });
    await wal.close();
  });

  it('cuts a zero-filled tail (file extended but data never written)', async () => {
    await damagedLog((file) => fs.appendFile(file, Buffer.alloc(4096)));
    const logger = new CapturingLogger();
    const { wal, records } = await Wal.open(tempDir(), { logger });
    expect(texts(records)).toEqual(['alpha', 'bravo', 'charlie']);
    expect(logger.at('warn')).toHaveLength(1);
    await wal.close();
  });

  it('throws WAL_CORRUPT naming file and offset when a bad record is followed by a valid one', async () => {
    const file = await damagedLog(async (segment) => {
      const handle = await fs.open(segment, 'r+');
      await handle.write(Buffer.from('B'), 0, 1, 20 + 5 + 20); // first payload byte of "bravo"
      await handle.close();
    });
    const error = await expectStorageError(Wal.open(tempDir()), 'WAL_CORRUPT');
    expect(error).toBeInstanceOf(StorageCorruptionError);
    expect((error as StorageCorruptionError).file).toBe(file);
    expect((error as StorageCorruptionError).offset).toBe(25);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/byte offset 25: payload checksum mismatch .*valid record follows at byte offset 50/);
    // Nothing was repaired: the damaged file is untouched.
    expect(statSync(file).size).toBe(3 * 20 + 5 + 5 + 7);
  });

  it('throws WAL_CORRUPT for a damaged length field in the middle instead of cutting the log there', async () => {
    await damagedLog(async (segment) => {
      const handle = await fs.open(segment, 'r+');
      await handle.write(Buffer.from([0xff]), 0, 1, 0); // length of record 1 becomes huge
      await handle.close();
    });
    await expectStorageError(Wal.open(tempDir()), 'WAL_CORRUPT');
  });

  it('throws WAL_CORRUPT for a torn record in a segment that is not the last', async () => {
    await writeRecords(tempDir(), Array.from({ length: 4 }, () => Buffer.alloc(80)), { segmentBytes: 250 });
    const first = path.join(tempDir(), segmentFiles(tempDir())[0]);
    await fs.truncate(first, 150);
    const error = await expectStorageError(Wal.open(tempDir()), 'WAL_CORRUPT');
    expect(error.message).toContain('wal-0000000000000001.log at byte offset 100');
    expect(error.message).toMatch(/not the last/);
  });

  it('throws WAL_CORRUPT when a whole middle segment is missing', async () => {
    await writeRecords(tempDir(), Array.from({ length: 6 }, () => Buffer.alloc(80)), { segmentBytes: 250 });
    await fs.unlink(path.join(tempDir(), 'wal-0000000000000003.log'));
    const error = await expectStorageError(Wal.open(tempDir()), 'WAL_CORRUPT');
    expect(error.message).toMatch(/wal-0000000000000005.log .*starts at record 5 but the log before it ends at record 2/);
  });

  it('throws WAL_CORRUPT when a record carries the wrong index (misplaced frame)', async () => {
    await writeRecords(tempDir(), [bytes('a')]);
    await fs.appendFile(lastSegment(tempDir()), encodeFrame(7, bytes('stray')));
    await expectStorageError(Wal.open(tempDir()), 'WAL_CORRUPT');
  });

  it('after a torn tail is cut, new records reuse its index and survive another reopen', async () => {
    await damagedLog((file, size) => fs.truncate(file, size - 2));
    const first = await Wal.open(tempDir());
    expect(await first.wal.appendAndSync([bytes('delta')])).toEqual([3]);
    await first.wal.close();
    const second = await Wal.open(tempDir());
    expect(texts(second.records)).toEqual(['alpha', 'bravo', 'delta']);
    await second.wal.close();
  });

  it('an empty last segment (crash right after rolling) replays cleanly', async () => {
    await writeRecords(tempDir(), [Buffer.alloc(80), Buffer.alloc(80)], { segmentBytes: 250 });
    await fs.writeFile(path.join(tempDir(), 'wal-0000000000000003.log'), '');
    const { wal, records } = await Wal.open(tempDir(), { segmentBytes: 250 });
    expect(records).toHaveLength(2);
    expect(await wal.appendAndSync([bytes('next')])).toEqual([3]);
    await wal.close();
  });
});
