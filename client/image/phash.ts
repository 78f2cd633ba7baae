// Perceptual hash (pHash) of image files, for finding the same picture after it was re-encoded or edited.
//
// ALGORITHM — windowed DCT pHash, 64 bits:
//   1. Decode with sharp/libvips: JPEG, PNG, WebP, GIF (first frame only), TIFF (first page), AVIF.
//      Apply the EXIF orientation, flatten alpha onto white.
//   2. Greyscale with libvips' own conversion (Rec.709 luminance in linear light), so a greyscale copy
//      made by libvips hashes identically (measured distance 0); then resize to 32×32, aspect ratio ignored,
//      with a fixed lanczos3 kernel.
//   3. Subtract the mean, multiply by a separable Tukey window (flat over the central half, cosine taper
//      to the edges, alpha 0.5), then take the 2-D DCT-II (orthonormal).
//   4. Keep the 64 lowest frequencies: all (u, v) ≠ (0, 0) with u² + v² ≤ 72, a quarter disc of radius
//      about 8.5 in the top-left corner. This is exactly 64 coefficients, symmetric in u and v. The
//      classic 8×8 block would give 63 after excluding DC.
//   5. Bit i is 1 when coefficient i is above the median of the 64. There are always 32 ones, so
//      distances are even. A flat image hashes to 0000000000000000.
//   Compare two hashes by Hamming distance: `hammingDistance`, or `isPerceptualMatch` (≤ MATCH_THRESHOLD).
//
// WHY THIS VARIANT. Measured on synthetic images: 200 structured images in 9 families (shapes on
// gradients, radial gradients, rectangles, circles, mosaics, Voronoi cells, value noise, document-like
// lines, photo-like blobs with texture). That is 19,900 unrelated pairs and 2,200 transformed copies. The
// transforms are resize 50%/200%, JPEG q20, WebP, GIF, AVIF, greyscale, blur, modulate, and crop 2.5% or
// 5% from every edge then rescale. The five candidates (development run, same generator, other seeds),
// in the order: copies > 12 bits; unrelated pairs ≤ 12; worst copy / transform:
//   classic pHash (u,v ∈ 1..8, no window)   120    1   28 / crop 5%   (and one unrelated pair at 6)
//   zigzag 64 AC, no window                  53    0   20 / crop 5%
//   dHash 9×8                                44   12   22 / crop 5%; WebP alone reaches 19
//   aHash 8×8                                 7  211   27 / WebP
//   windowed quarter-disc (this)              3    2   16 / crop 5%; every other transform ≤ 12
// Every candidate stumbles on cropping. A 5% crop per edge is a 1.11× zoom, and it moves edge content
// most. The window weights the centre, where content moves least, and so cuts the crop misses 18–40×.
// Of the kernels measured (lanczos3, mitchell, cubic, nearest), only nearest is clearly worse.
//
// THRESHOLD: MATCH_THRESHOLD = 14 (a match means distance ≤ 14), chosen from the data.
//   - Fixed test set (40 images, phash.test.ts): the worst copy is 14 (a 5%-per-edge crop of a
//     document-like image); every other transform is ≤ 12. The closest unrelated originals are at 16.
//   - 200-image sweep of this implementation (`PHASH_SWEEP=1 npx jest client/image`):
//       ≤ 12: 4 of 2,200 copies missed (all 5%-per-edge crops); 0 of 19,900 unrelated pairs matched.
//       ≤ 14: 0 copies missed; 4 of 19,900 unrelated pairs matched (2.0e-4).
//   If crops up to ~2.5% per edge are enough, isPerceptualMatch(a, b, 12) is the safer choice.
//
// LIMITS (inherent to luminance DCT hashes):
//   - Images with almost no structure: a flat colour, a pure two-colour linear gradient, or a pattern
//     whose colours have the same luminance. Few coefficients are non-zero, so the other bits follow
//     encoder noise. Measured (PHASH_SWEEP): a JPEG q20 copy of a linear gradient is up to 24 bits away;
//     of an isoluminant pattern, up to 46.
//   - Periodic patterns (stripes, rings) shift phase under crop/zoom. On stripes, 5%-per-edge crops reach
//     20 bits.
//   - Colour is ignored: a recoloured image with the same luminance structure matches.
//   - Mirroring, rotation by other than EXIF, and crops beyond ~5% per edge are not matched.
//   - libvips results can vary by a bit or two between versions and CPU SIMD paths. Compare hashes by
//     distance, never by equality. Use sha256 for exact identity.
import { createHash } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import sharp from 'sharp';

/** Largest Hamming distance (of 64 bits) at which two hashes are taken as the same picture. */
export const MATCH_THRESHOLD = 14;
export const HASH_BITS = 64;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** 100 megapixels (e.g. 12,000 × 8,333). Decoding some images, such as interlaced PNG, needs the whole image in memory. */
export const DEFAULT_MAX_PIXELS = 100_000_000;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'avif';

export interface ImageHash {
  /** 64-bit perceptual hash, 16 lowercase hex digits. */
  phash: string;
  /** SHA-256 of the exact file bytes, 64 lowercase hex digits. */
  sha256: string;
  /** Displayed size, after the EXIF orientation; first frame or page only. */
  width: number;
  height: number;
  format: ImageFormat;
}

export interface HashOptions {
  /** Reject inputs larger than this many bytes (default 50 MiB). */
  maxBytes?: number;
  /** Reject images with more pixels (width × height of the first frame) than this (default 100 M). */
  maxPixels?: number;
  /**
   * How much damage to refuse: libvips' levels, from least to most strict: 'none', 'truncated', 'error',
   * 'warning'. Default 'warning' (sharp's advice for untrusted input). With it, a JPEG with garbage
   * inside is IMAGE_CORRUPT, not a hash of a damaged picture.
   */
  failOn?: 'none' | 'truncated' | 'error' | 'warning';
  /** Name for the input in error messages; hashImageBuffer only (default '<buffer>'). */
  name?: string;
}

export type ImageErrorCode =
  | 'IMAGE_NOT_FOUND'
  | 'IMAGE_UNSUPPORTED'
  | 'IMAGE_CORRUPT'
  | 'IMAGE_TOO_LARGE'
  /** The file exists but could not be read (permissions, I/O error). */
  | 'IMAGE_UNREADABLE';

export class ImageError extends Error {
  override readonly name = 'ImageError';
  readonly code: ImageErrorCode;
  /** File path, or the `name` given to hashImageBuffer. */
  readonly path: string;

  constructor(code: ImageErrorCode, path: string, message: string, options?: { cause?: unknown }) {
    super(`${path}: ${message}`, options);
    this.code = code;
    this.path = path;
  }
}

export async function hashImageFile(path: string, options: HashOptions = {}): Promise<ImageHash> {
  if (typeof path !== 'string' || path === '') throw new TypeError('hashImageFile: path must be a non-empty string');
  const limits = resolveLimits(options);
  const bytes = await readFileLimited(path, limits.maxBytes);
  return hashBytes(bytes, path, limits);
}

export async function hashImageBuffer(buf: Uint8Array, options: HashOptions = {}): Promise<ImageHash> {
  if (!(buf instanceof Uint8Array)) throw new TypeError('hashImageBuffer: expected a Buffer or Uint8Array');
  const limits = resolveLimits(options);
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return hashBytes(bytes, options.name ?? '<buffer>', limits);
}

const HEX64 = /^[0-9a-fA-F]{16}$/;

/** Number of differing bits between two 64-bit hashes given as 16 hex digits. */
export function hammingDistance(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string' || !HEX64.test(a) || !HEX64.test(b)) {
    throw new TypeError(`hammingDistance: expected two 16-digit hex strings, got ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
  const hi = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const lo = parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16);
  return popcount32(hi) + popcount32(lo);
}

/** True when the two hashes are within `threshold` bits (default MATCH_THRESHOLD). */
export function isPerceptualMatch(a: string, b: string, threshold = MATCH_THRESHOLD): boolean {
  return hammingDistance(a, b) <= threshold;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

// ---------------------------------------------------------------------------------------------------------
// Reading

interface Limits {
  maxBytes: number;
  maxPixels: number;
  failOn: NonNullable<HashOptions['failOn']>;
}

function resolveLimits(options: HashOptions): Limits {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new RangeError(`maxBytes must be a positive integer, got ${maxBytes}`);
  if (!Number.isSafeInteger(maxPixels) || maxPixels <= 0) throw new RangeError(`maxPixels must be a positive integer, got ${maxPixels}`);
  return { maxBytes, maxPixels, failOn: options.failOn ?? 'warning' };
}

const READ_CHUNK = 1 << 20;

/** Reads at most maxBytes (+1 to detect more); never blocks on a FIFO and never follows a directory. */
async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  let fh: FileHandle;
  try {
    fh = await fsp.open(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fsError(err, path);
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) {
      throw new ImageError('IMAGE_UNSUPPORTED', path, st.isDirectory() ? 'is a directory, not an image file' : 'is not a regular file');
    }
    if (st.size > maxBytes) throw tooManyBytes(path, st.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooManyBytes(path, total, maxBytes, true);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof ImageError ? err : fsError(err, path);
  } finally {
    await fh.close().catch(() => undefined);
  }
}

function tooManyBytes(path: string, size: number, maxBytes: number, atLeast = false): ImageError {
  return new ImageError('IMAGE_TOO_LARGE', path, `file is ${atLeast ? 'more than ' : ''}${size} bytes, over the limit of ${maxBytes} bytes`);
}

function fsError(err: unknown, path: string): ImageError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const detail = err instanceof Error ? err.message : String(err);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ImageError('IMAGE_NOT_FOUND', path, 'no such file', { cause: err });
    case 'EISDIR':
      return new ImageError('IMAGE_UNSUPPORTED', path, 'is a directory, not an image file', { cause: err });
    case 'EACCES':
    case 'EPERM':
      return new ImageError('IMAGE_UNREADABLE', path, 'permission denied', { cause: err });
    default:
      return new ImageError('IMAGE_UNREADABLE', path, `cannot read file (${code ?? detail})`, { cause: err });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Decoding

const SIZE = 32;

async function hashBytes(bytes: Buffer, label: string, limits: Limits): Promise<ImageHash> {
  if (bytes.length === 0) throw new ImageError('IMAGE_UNSUPPORTED', label, 'is empty (0 bytes), not an image');
  if (bytes.length > limits.maxBytes) throw tooManyBytes(label, bytes.length, limits.maxBytes);

  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { failOn: limits.failOn, limitInputPixels: false }).metadata();
  } catch (err) {
    throw decodeError(err, bytes, label);
  }
  const format = supportedFormat(meta);
  if (format === undefined) {
    const what = meta.format === 'heif' ? `HEIF with ${meta.compression ?? 'unknown'} compression (only AVIF is supported)` : meta.format;
    throw new ImageError('IMAGE_UNSUPPORTED', label, `unsupported image format: ${what}`);
  }
  const pixels = meta.width * meta.height;
  if (!(pixels > 0)) throw new ImageError('IMAGE_CORRUPT', label, `${format} header has no valid dimensions`);
  if (pixels > limits.maxPixels) {
    throw new ImageError('IMAGE_TOO_LARGE', label, `${meta.width}×${meta.height} = ${pixels} pixels, over the limit of ${limits.maxPixels}`);
  }

  let grey: Buffer;
  try {
    const { data, info } = await sharp(bytes, {
      failOn: limits.failOn,
      limitInputPixels: limits.maxPixels,
      autoOrient: true,
      pages: 1,
      page: 0,
    })
      .flatten({ background: '#ffffff' })
      .greyscale()
      .resize(SIZE, SIZE, { fit: 'fill', kernel: 'lanczos3' })
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.width !== SIZE || info.height !== SIZE || data.length % (SIZE * SIZE) !== 0) {
      throw new Error(`unexpected decoder output ${info.width}×${info.height}×${info.channels}`);
    }
    grey = info.channels === 1 ? data : firstChannel(data, info.channels);
  } catch (err) {
    throw decodeError(err, bytes, label);
  }

  return {
    phash: phashOfGrey(grey),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    width: meta.autoOrient?.width ?? meta.width,
    height: meta.autoOrient?.height ?? meta.height,
    format,
  };
}

function firstChannel(data: Buffer, channels: number): Buffer {
  const out = Buffer.allocUnsafe(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels];
  return out;
}

function supportedFormat(meta: sharp.Metadata): ImageFormat | undefined {
  switch (meta.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
    case 'tiff':
      return meta.format;
    case 'heif':
      return meta.compression === 'av1' ? 'avif' : undefined;
    default:
      return undefined; // svg (vector, not a photo), raw, and formats this libvips build lacks
  }
}

/** Which supported format the leading bytes claim, to tell a damaged image from something else. */
function sniffFormat(b: Buffer): ImageFormat | undefined {
  const ascii = (start: number, end: number) => b.toString('latin1', start, end);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  const tiffMagic = ascii(0, 4);
  if (tiffMagic === 'II*\0' || tiffMagic === 'MM\0*' || tiffMagic === 'II+\0' || tiffMagic === 'MM\0+') return 'tiff';
  if (ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return 'avif';
  return undefined;
}

function decodeError(err: unknown, bytes: Buffer, label: string): ImageError {
  if (err instanceof ImageError) return err;
  const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0].trim();
  if (/exceeds pixel limit/i.test(detail)) {
    return new ImageError('IMAGE_TOO_LARGE', label, `image exceeds the pixel limit (${detail})`, { cause: err });
  }
  if (/unsupported image format/i.test(detail)) {
    const claimed = sniffFormat(bytes);
    return claimed !== undefined
      ? new ImageError('IMAGE_CORRUPT', label, `looks like ${claimed} but cannot be parsed (truncated or damaged)`, { cause: err })
      : new ImageError('IMAGE_UNSUPPORTED', label, 'not an image, or an unsupported image format', { cause: err });
  }
  if (!/corrupt/i.test(detail) && /unsupported|not supported|no decoder/i.test(detail)) {
    return new ImageError('IMAGE_UNSUPPORTED', label, `unsupported image variant (${detail})`, { cause: err });
  }
  return new ImageError('IMAGE_CORRUPT', label, `corrupt or truncated image (${detail})`, { cause: err });
}

// ---------------------------------------------------------------------------------------------------------
// The hash proper

/** Coefficients kept, as [u (horizontal), v (vertical)]: (u, v) ≠ (0, 0), u² + v² ≤ 72; by radius, then v, then u. */
const COEFFS: ReadonlyArray<readonly [number, number]> = (() => {
  const out: Array<[number, number]> = [];
  for (let v = 0; v <= 8; v++) for (let u = 0; u <= 8; u++) if ((u !== 0 || v !== 0) && u * u + v * v <= 72) out.push([u, v]);
  out.sort((p, q) => p[0] * p[0] + p[1] * p[1] - (q[0] * q[0] + q[1] * q[1]) || p[1] - q[1] || p[0] - q[0]);
  if (out.length !== HASH_BITS) throw new Error(`phash: ${out.length} coefficients selected, expected ${HASH_BITS}`);
  return out;
})();
const MAX_FREQ = 8;

/** Orthonormal DCT-II basis rows 0..MAX_FREQ over SIZE samples: BASIS[k * SIZE + x]. */
const BASIS = (() => {
  const b = new Float64Array((MAX_FREQ + 1) * SIZE);
  for (let k = 0; k <= MAX_FREQ; k++) {
    const scale = Math.sqrt((k === 0 ? 1 : 2) / SIZE);
    for (let x = 0; x < SIZE; x++) b[k * SIZE + x] = scale * Math.cos(((2 * x + 1) * k * Math.PI) / (2 * SIZE));
  }
  return b;
})();

/** Tukey window, alpha 0.5: 1 over the central half, a raised-cosine taper over each outer quarter. */
const WINDOW = (() => {
  const alpha = 0.5;
  const w = new Float64Array(SIZE);
  for (let x = 0; x < SIZE; x++) {
    const d = Math.abs((x + 0.5) / SIZE - 0.5) * 2; // 0 at the centre, 1 at the edge
    w[x] = d < 1 - alpha ? 1 : 0.5 + 0.5 * Math.cos((Math.PI * (d - (1 - alpha))) / alpha);
  }
  return w;
})();

/** 64-bit hash of a SIZE×SIZE greyscale image, row-major. */
function phashOfGrey(grey: Uint8Array): string {
  let mean = 0;
  for (let i = 0; i < SIZE * SIZE; i++) mean += grey[i];
  mean /= SIZE * SIZE;
  const f = new Float64Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) f[y * SIZE + x] = (grey[y * SIZE + x] - mean) * WINDOW[x] * WINDOW[y];
  }
  // Rows first (rowT[y][u]), then columns (dct[v][u]), only up to MAX_FREQ.
  const K = MAX_FREQ + 1;
  const rowT = new Float64Array(SIZE * K);
  for (let y = 0; y < SIZE; y++) {
    for (let u = 0; u < K; u++) {
      let s = 0;
      for (let x = 0; x < SIZE; x++) s += f[y * SIZE + x] * BASIS[u * SIZE + x];
      rowT[y * K + u] = s;
    }
  }
  const dct = new Float64Array(K * K);
  for (let v = 0; v < K; v++) {
    for (let u = 0; u < K; u++) {
      let s = 0;
      for (let y = 0; y < SIZE; y++) s += rowT[y * K + u] * BASIS[v * SIZE + y];
      dct[v * K + u] = s;
    }
  }
  const values = COEFFS.map(([u, v]) => dct[v * K + u]);
  const sorted = [...values].sort((p, q) => p - q);
  const median = (sorted[HASH_BITS / 2 - 1] + sorted[HASH_BITS / 2]) / 2;
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < HASH_BITS; i++) {
    if (values[i] > median) {
      if (i < 32) hi |= 1 << (31 - i);
      else lo |= 1 << (63 - i);
    }
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Internals for tests and measurements; not part of the stable API. */
export const _internals = { phashOfGrey, sniffFormat, COEFFS, SIZE };
