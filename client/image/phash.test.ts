// pHash tests. Images are synthesised here from raw pixels with a seeded PRNG, so the tests need no fixtures.
//   - A fixed set of 40 unrelated images is hashed before and after each transformation. The table of
//     distances is printed, and every copy must be within MATCH_THRESHOLD.
//   - Every unrelated pair must be above MATCH_THRESHOLD; the minimum unrelated distance is printed.
//   - Decoding details (EXIF orientation, alpha, animated GIF, formats) and every error code.
//   - PHASH_SWEEP=1 also runs the 200-image sweep and the list of weak cases quoted in phash.ts.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import {
  DEFAULT_MAX_BYTES,
  hammingDistance,
  hashImageBuffer,
  hashImageFile,
  ImageError,
  isPerceptualMatch,
  MATCH_THRESHOLD,
  type ImageErrorCode,
  type ImageHash,
} from './phash';

// ---------------------------------------------------------------------------------------------------------
// Synthetic images

type RGB = [number, number, number];
type Shader = (u: number, v: number) => RGB;
type Rand = () => number;

function mulberry32(seed: number): Rand {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomColour = (r: Rand): RGB => [r() * 255, r() * 255, r() * 255];
const luma = (c: RGB) => 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
const mix = (a: RGB, b: RGB, t: number): RGB => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const clamp01 = (t: number) => Math.min(1, Math.max(0, t));

/** Two colours at least 80 levels apart in luma: the hash sees luminance only. */
function contrastingPair(r: Rand): [RGB, RGB] {
  for (;;) {
    const a = randomColour(r);
    const b = randomColour(r);
    if (Math.abs(luma(a) - luma(b)) >= 80) return [a, b];
  }
}

function contrastingWith(r: Rand, base: RGB): RGB {
  for (;;) {
    const c = randomColour(r);
    if (Math.abs(luma(c) - luma(base)) >= 60) return c;
  }
}

/** Smooth random field in [0, 1] (bicubic-ish value noise on a grid x grid lattice). */
function valueNoise(r: Rand, grid: number): (u: number, v: number) => number {
  const g = Array.from({ length: (grid + 1) * (grid + 1) }, () => r());
  return (u, v) => {
    const x = u * grid;
    const y = v * grid;
    const x0 = Math.min(grid - 1, Math.floor(x));
    const y0 = Math.min(grid - 1, Math.floor(y));
    let fx = x - x0;
    let fy = y - y0;
    fx = fx * fx * (3 - 2 * fx);
    fy = fy * fy * (3 - 2 * fy);
    const a = g[y0 * (grid + 1) + x0];
    const b = g[y0 * (grid + 1) + x0 + 1];
    const c = g[(y0 + 1) * (grid + 1) + x0];
    const d = g[(y0 + 1) * (grid + 1) + x0 + 1];
    return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
  };
}

/** Filled circles, rotated rectangles and triangles over a background shader. */
function withShapes(r: Rand, background: Shader, count: number): Shader {
  const shapes = Array.from({ length: count }, () => ({
    kind: Math.floor(r() * 3),
    cx: 0.1 + r() * 0.8,
    cy: 0.1 + r() * 0.8,
    size: 0.08 + r() * 0.25,
    colour: randomColour(r),
    angle: r() * Math.PI,
  }));
  return (u, v) => {
    let c = background(u, v);
    for (const s of shapes) {
      const dx = u - s.cx;
      const dy = v - s.cy;
      const x = dx * Math.cos(s.angle) + dy * Math.sin(s.angle);
      const y = -dx * Math.sin(s.angle) + dy * Math.cos(s.angle);
      const inside =
        s.kind === 0
          ? Math.hypot(dx, dy) < s.size
          : s.kind === 1
            ? Math.abs(x) < s.size && Math.abs(y) < s.size * 0.6
            : y > -s.size * 0.5 && y < s.size && Math.abs(x) < (s.size - y) * 0.6;
      if (inside) c = s.colour;
    }
    return c;
  };
}

/** Image families of varied structure. "Degenerate" ones are only used to measure the known weak cases. */
const FAMILIES: Record<string, (r: Rand) => Shader> = {
  gradshapes(r) {
    const angle = r() * Math.PI * 2;
    const [c1, c2] = contrastingPair(r);
    const ramp: Shader = (u, v) => mix(c1, c2, ((u - 0.5) * Math.cos(angle) + (v - 0.5) * Math.sin(angle)) / 1.42 + 0.5);
    return withShapes(r, ramp, 2 + Math.floor(r() * 3));
  },
  radial(r) {
    const cx = r();
    const cy = r();
    const [c1, c2] = contrastingPair(r);
    const radius = 0.2 + r() * 0.4;
    return withShapes(r, (u, v) => mix(c1, c2, Math.min(1, Math.hypot(u - cx, v - cy) / radius)), 1 + Math.floor(r() * 2));
  },
  rects(r) {
    const bg = randomColour(r);
    const rects = Array.from({ length: 3 + Math.floor(r() * 5) }, () => {
      const x = r() * 0.8;
      const y = r() * 0.8;
      return { x0: x, y0: y, x1: x + 0.1 + r() * 0.5, y1: y + 0.1 + r() * 0.5, colour: contrastingWith(r, bg) };
    });
    return (u, v) => {
      let c = bg;
      for (const q of rects) if (u >= q.x0 && u < q.x1 && v >= q.y0 && v < q.y1) c = q.colour;
      return c;
    };
  },
  circles(r) {
    const bg = randomColour(r);
    const circles = Array.from({ length: 3 + Math.floor(r() * 6) }, () => ({ x: r(), y: r(), radius: 0.05 + r() * 0.3, colour: contrastingWith(r, bg) }));
    return (u, v) => {
      let c = bg;
      for (const q of circles) if (Math.hypot(u - q.x, v - q.y) < q.radius) c = q.colour;
      return c;
    };
  },
  mosaic(r) {
    const cols = 3 + Math.floor(r() * 4);
    const rows = 3 + Math.floor(r() * 4);
    const tiles = Array.from({ length: cols * rows }, () => randomColour(r));
    return (u, v) => tiles[Math.min(rows - 1, Math.floor(v * rows)) * cols + Math.min(cols - 1, Math.floor(u * cols))];
  },
  voronoi(r) {
    const seeds = Array.from({ length: 5 + Math.floor(r() * 10) }, () => ({ x: r(), y: r(), colour: randomColour(r) }));
    return (u, v) => {
      let best = Infinity;
      let c = seeds[0].colour;
      for (const s of seeds) {
        const d = (u - s.x) ** 2 + (v - s.y) ** 2;
        if (d < best) {
          best = d;
          c = s.colour;
        }
      }
      return c;
    };
  },
  vnoise(r) {
    const grid = 3 + Math.floor(r() * 5);
    const coarse = valueNoise(r, grid);
    const fine = valueNoise(r, grid * 2);
    const [c1, c2] = contrastingPair(r);
    return (u, v) => mix(c1, c2, clamp01((coarse(u, v) - 0.5) * 1.6 + (fine(u, v) - 0.5) * 0.6 + 0.5));
  },
  document(r) {
    const lines: Array<{ y0: number; y1: number; x0: number; x1: number; colour: RGB }> = [];
    for (let y = 0.06; y < 0.92; ) {
      const h = 0.02 + r() * 0.03;
      lines.push({ y0: y, y1: y + h, x0: 0.06 + r() * 0.05, x1: 0.3 + r() * 0.62, colour: r() < 0.15 ? [30, 60, 160] : [30, 30, 30] });
      y += h + 0.02 + r() * 0.04;
    }
    return (u, v) => {
      for (const l of lines) if (v >= l.y0 && v < l.y1 && u >= l.x0 && u < l.x1) return l.colour;
      return [240, 240, 235];
    };
  },
  /** Photo-like: soft Gaussian blobs plus two octaves of texture and per-pixel grain. */
  photo(r) {
    const bg = randomColour(r);
    const blobs = Array.from({ length: 4 + Math.floor(r() * 6) }, () => ({
      x: r(),
      y: r(),
      sigma: 0.05 + r() * 0.25,
      colour: contrastingWith(r, bg),
      strength: 0.5 + r() * 0.5,
    }));
    const texture = valueNoise(r, 24);
    const detail = valueNoise(r, 60);
    const grain = mulberry32(Math.floor(r() * 1e9));
    return (u, v) => {
      let c = bg;
      for (const b of blobs) c = mix(c, b.colour, b.strength * Math.exp(-((u - b.x) ** 2 + (v - b.y) ** 2) / (2 * b.sigma * b.sigma)));
      const t = (texture(u, v) - 0.5) * 30 + (detail(u, v) - 0.5) * 20 + (grain() - 0.5) * 16;
      return [c[0] + t, c[1] + t, c[2] + t];
    };
  },
  // Degenerate families (weak cases, PHASH_SWEEP only).
  lineargradient(r) {
    const angle = r() * Math.PI * 2;
    const [c1, c2] = contrastingPair(r);
    return (u, v) => mix(c1, c2, ((u - 0.5) * Math.cos(angle) + (v - 0.5) * Math.sin(angle)) / 1.42 + 0.5);
  },
  isoluminant(r) {
    const c1: RGB = [200, 60, 60];
    const c2: RGB = [40, 110, 220 - r() * 20];
    const angle = r() * Math.PI;
    const f = 2 + r() * 3;
    return (u, v) => mix(c1, c2, 0.5 + 0.5 * Math.sin((u * Math.cos(angle) + v * Math.sin(angle)) * f * 2 * Math.PI));
  },
  stripes(r) {
    const angle = r() * Math.PI;
    const f = 3 + r() * 3;
    const [c1, c2] = contrastingPair(r);
    const phase = r() * 6;
    return (u, v) => mix(c1, c2, 0.5 + 0.5 * Math.sin((u * Math.cos(angle) + v * Math.sin(angle)) * f * 2 * Math.PI + phase));
  },
};
const CONTENT_FAMILIES = ['gradshapes', 'radial', 'rects', 'circles', 'mosaic', 'voronoi', 'vnoise', 'document', 'photo'];

interface Sample {
  name: string;
  width: number;
  height: number;
  /** Lossless original (PNG), or a high-quality JPEG for the large photo-like samples. */
  original: Buffer;
}

function render(shader: Shader, width: number, height: number): Buffer {
  const px = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = shader(x / width, y / height);
      const i = (y * width + x) * 3;
      px[i] = Math.round(Math.min(255, Math.max(0, c[0])));
      px[i + 1] = Math.round(Math.min(255, Math.max(0, c[1])));
      px[i + 2] = Math.round(Math.min(255, Math.max(0, c[2])));
    }
  }
  return px;
}

async function makeSample(family: string, seed: number, size?: { width: number; height: number }, asJpeg = false): Promise<Sample> {
  const r = mulberry32(seed * 7919 + 17);
  // Varied sizes and aspect ratios, 160..304 px a side.
  const width = size?.width ?? 160 + Math.floor(r() * 4) * 48;
  const height = size?.height ?? 160 + Math.floor(r() * 4) * 48;
  // Large samples are rendered at a third of their size and upscaled: per-pixel Math is slow inside jest's sandbox.
  const step = width * height > 400_000 ? 3 : 1;
  const rw = Math.round(width / step);
  const rh = Math.round(height / step);
  let img = sharp(render(FAMILIES[family](r), rw, rh), { raw: { width: rw, height: rh, channels: 3 } });
  if (step > 1) img = sharp(await img.resize(width, height, { fit: 'fill' }).png().toBuffer());
  const original = asJpeg ? await img.jpeg({ quality: 92 }).toBuffer() : await img.png().toBuffer();
  return { name: `${family}-${seed}`, width, height, original };
}

/** The fixed test set: 8 structured families × 4, 6 photo-like, 2 large photo-like JPEGs. */
async function makeTestSet(): Promise<Sample[]> {
  const out: Sample[] = [];
  let seed = 1;
  for (const family of CONTENT_FAMILIES.filter((f) => f !== 'photo')) {
    for (let i = 0; i < 4; i++) out.push(await makeSample(family, seed++));
  }
  for (let i = 0; i < 6; i++) out.push(await makeSample('photo', seed++));
  out.push(await makeSample('photo', seed++, { width: 1200, height: 900 }, true));
  out.push(await makeSample('photo', seed++, { width: 800, height: 1200 }, true));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Transformations

type Transform = (s: Sample) => Promise<Buffer>;

function cropEdges(fraction: number): Transform {
  return (s) => {
    const left = Math.round(s.width * fraction);
    const top = Math.round(s.height * fraction);
    return sharp(s.original)
      .extract({ left, top, width: s.width - 2 * left, height: s.height - 2 * top })
      .resize(s.width, s.height)
      .png()
      .toBuffer();
  };
}

/** Column label → what it does. */
const TRANSFORMS: Record<string, Transform> = {
  half: (s) => sharp(s.original).resize(Math.round(s.width / 2)).png().toBuffer(),
  double: (s) => sharp(s.original).resize(s.width * 2).png().toBuffer(),
  jpeg20: (s) => sharp(s.original).jpeg({ quality: 20 }).toBuffer(),
  webp: (s) => sharp(s.original).webp().toBuffer(),
  gif: (s) => sharp(s.original).gif().toBuffer(),
  avif: (s) => sharp(s.original).avif({ quality: 50, effort: 2 }).toBuffer(),
  crop2_5: cropEdges(0.025),
  crop5: cropEdges(0.05),
  modulate: (s) => sharp(s.original).modulate({ brightness: 1.1, saturation: 1.2, hue: 10 }).png().toBuffer(),
  grey: (s) => sharp(s.original).greyscale().png().toBuffer(),
  blur: (s) => sharp(s.original).blur(1).png().toBuffer(),
};
const LEGEND =
  'half/double = resize 50%/200% (lanczos3, PNG); jpeg20 = JPEG q20; webp = WebP q80; gif = PNG→GIF (palette, dithered); ' +
  'avif = AVIF q50; crop2_5/crop5 = cut 2.5%/5% from every edge, rescale to the original size; ' +
  'modulate = brightness ×1.1, saturation ×1.2, hue +10°; grey = libvips greyscale; blur = Gaussian σ 1';
const TRANSFORM_NAMES = Object.keys(TRANSFORMS);

interface Measured {
  samples: Sample[];
  originals: ImageHash[];
  /** copies[t][i]: hash of TRANSFORM_NAMES[t] applied to samples[i]. */
  copies: ImageHash[][];
}

async function measure(samples: Sample[]): Promise<Measured> {
  const originals = await Promise.all(samples.map((s) => hashImageBuffer(s.original, { name: s.name })));
  const copies: ImageHash[][] = [];
  for (const t of TRANSFORM_NAMES) {
    copies.push(await Promise.all(samples.map(async (s) => hashImageBuffer(await TRANSFORMS[t](s), { name: `${s.name} ${t}` }))));
  }
  return { samples, originals, copies };
}

function copyDistances(m: Measured): number[][] {
  return m.copies.map((row) => row.map((h, i) => hammingDistance(m.originals[i].phash, h.phash)));
}

/** Distances between different samples: original vs original, and each copy vs every other original. */
function unrelatedDistances(m: Measured): { originals: number[]; cross: number[] } {
  const originals: number[] = [];
  const cross: number[] = [];
  const n = m.samples.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      if (i < j) originals.push(hammingDistance(m.originals[i].phash, m.originals[j].phash));
      for (const row of m.copies) cross.push(hammingDistance(row[i].phash, m.originals[j].phash));
    }
  }
  return { originals, cross };
}

function histogram(values: number[], upTo: number): string {
  const counts = new Map<number, number>();
  for (const v of values) if (v <= upTo) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([d, c]) => `${d}:${c}`).join(' ') || '(none)';
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

function matchTable(m: Measured, dist: number[][]): string {
  const w = Math.max(...TRANSFORM_NAMES.map((t) => t.length), 6) + 1;
  const nameW = Math.max(...m.samples.map((s) => s.name.length)) + 1;
  const lines = [
    `pHash match table: Hamming distance of each copy to its original (64 bits; match ⇔ ≤ ${MATCH_THRESHOLD}, * = miss)`,
    LEGEND,
    ' '.repeat(nameW) + TRANSFORM_NAMES.map((t) => pad(t, w)).join(''),
  ];
  m.samples.forEach((s, i) => {
    lines.push(s.name.padEnd(nameW) + TRANSFORM_NAMES.map((_, t) => pad(`${dist[t][i]}${dist[t][i] > MATCH_THRESHOLD ? '*' : ''}`, w)).join(''));
  });
  const stat = (label: string, f: (d: number[]) => string) => lines.push(label.padEnd(nameW) + dist.map((d) => pad(f(d), w)).join(''));
  stat('max', (d) => String(Math.max(...d)));
  stat('mean', (d) => (d.reduce((a, b) => a + b, 0) / d.length).toFixed(1));
  stat('matched', (d) => `${d.filter((x) => x <= MATCH_THRESHOLD).length}/${d.length}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

describe('perceptual hash robustness (fixed synthetic set)', () => {
  let m: Measured;
  let dist: number[][];

  beforeAll(async () => {
    m = await measure(await makeTestSet());
    dist = copyDistances(m);
  });

  test('the set is at least 30 distinct images plus photo-like ones, and hashes are well formed', () => {
    expect(m.samples.length).toBeGreaterThanOrEqual(38);
    expect(new Set(m.originals.map((h) => h.phash)).size).toBe(m.samples.length);
    for (const h of [...m.originals, ...m.copies.flat()]) expect(h.phash).toMatch(/^[0-9a-f]{16}$/);
  });

  test(`every transformed copy is within MATCH_THRESHOLD (${MATCH_THRESHOLD}) of its original`, () => {
    console.log(matchTable(m, dist));
    const misses = TRANSFORM_NAMES.flatMap((t, ti) =>
      m.samples.flatMap((s, i) => (dist[ti][i] > MATCH_THRESHOLD ? [`${s.name} / ${t}: ${dist[ti][i]}`] : [])),
    );
    expect(misses).toEqual([]);
  });

  test('no unrelated pair is within MATCH_THRESHOLD', () => {
    const { originals, cross } = unrelatedDistances(m);
    const falseMatches = originals.filter((d) => d <= MATCH_THRESHOLD).length;
    const crossMatches = cross.filter((d) => d <= MATCH_THRESHOLD).length;
    const sorted = [...originals].sort((a, b) => a - b);
    console.log(
      [
        `unrelated pairs (distinct originals): ${originals.length}`,
        `  min distance ${sorted[0]} (threshold ${MATCH_THRESHOLD}); 1st percentile ${sorted[Math.floor(sorted.length * 0.01)]}; median ${sorted[sorted.length >> 1]}`,
        `  low end (distance:count) ${histogram(originals, 20)}`,
        `  false matches ${falseMatches}/${originals.length}`,
        `also, each transformed copy against every other original: ${cross.length} pairs`,
        `  min distance ${Math.min(...cross)}; low end ${histogram(cross, 20)}`,
        `  false matches ${crossMatches}/${cross.length} (rate ${(crossMatches / cross.length).toExponential(1)}), not asserted`,
      ].join('\n'),
    );
    expect(falseMatches).toBe(0);
    expect(sorted[0]).toBeGreaterThan(MATCH_THRESHOLD);
  });

  test('large JPEG originals report their size and format', () => {
    const big = m.samples.findIndex((s) => s.width === 1200);
    expect(m.originals[big]).toMatchObject({ width: 1200, height: 900, format: 'jpeg' });
  });
});

describe('decoding', () => {
  let dir: string;
  let base: Sample;
  let baseHash: ImageHash;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'phash-'));
    base = await makeSample('photo', 1001);
    baseHash = await hashImageBuffer(base.original);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('returns phash, sha256 of the file bytes, size and format', async () => {
    const path = join(dir, 'photo.png');
    await writeFile(path, base.original);
    const h = await hashImageFile(path);
    const { createHash } = await import('node:crypto');
    expect(h).toEqual({
      phash: baseHash.phash,
      sha256: createHash('sha256').update(base.original).digest('hex'),
      width: base.width,
      height: base.height,
      format: 'png',
    });
  });

  test('is deterministic, and a Uint8Array view hashes like a Buffer', async () => {
    const copy = new Uint8Array(base.original.length + 8);
    copy.set(base.original, 4);
    const h = await hashImageBuffer(copy.subarray(4, 4 + base.original.length));
    expect(h).toEqual(baseHash);
  });

  test('applies the EXIF orientation', async () => {
    // Store the pixels rotated and tag them so a viewer turns them back: orientation 6 means "rotate 90° clockwise".
    const stored = await sharp(base.original).rotate(270).png().withMetadata({ orientation: 6 }).toBuffer();
    const meta = await sharp(stored).metadata();
    expect(meta.orientation).toBe(6);
    expect([meta.width, meta.height]).toEqual([base.height, base.width]);
    const h = await hashImageBuffer(stored);
    expect([h.width, h.height]).toEqual([base.width, base.height]);
    expect(hammingDistance(h.phash, baseHash.phash)).toBeLessThanOrEqual(2);
    // Without the tag, the same pixels are a different picture.
    const untagged = await hashImageBuffer(await sharp(base.original).rotate(270).png().toBuffer());
    expect(hammingDistance(untagged.phash, baseHash.phash)).toBeGreaterThan(MATCH_THRESHOLD);
  });

  test('flattens alpha onto white', async () => {
    // Left half transparent black, right half opaque: must hash like white on the left.
    const { width, height } = base;
    const rgb = await sharp(base.original).raw().toBuffer();
    const rgba = Buffer.alloc(width * height * 4);
    const onWhite = Buffer.alloc(width * height * 3);
    for (let p = 0; p < width * height; p++) {
      const opaque = p % width >= width / 2;
      rgba[p * 4 + 3] = opaque ? 255 : 0;
      for (let c = 0; c < 3; c++) {
        rgba[p * 4 + c] = opaque ? rgb[p * 3 + c] : 0;
        onWhite[p * 3 + c] = opaque ? rgb[p * 3 + c] : 255;
      }
    }
    const withAlpha = await hashImageBuffer(await sharp(rgba, { raw: { width, height, channels: 4 } }).png().toBuffer());
    const expected = await hashImageBuffer(await sharp(onWhite, { raw: { width, height, channels: 3 } }).png().toBuffer());
    expect(hammingDistance(withAlpha.phash, expected.phash)).toBeLessThanOrEqual(2);
    const asWebp = await hashImageBuffer(await sharp(rgba, { raw: { width, height, channels: 4 } }).webp({ lossless: true }).toBuffer());
    expect(hammingDistance(asWebp.phash, expected.phash)).toBeLessThanOrEqual(2);
  });

  test('hashes the first frame of an animated GIF', async () => {
    const other = await makeSample('rects', 1002, { width: base.width, height: base.height });
    const anim = await sharp([base.original, other.original], { join: { animated: true } }).gif({ delay: [100, 100] }).toBuffer();
    expect((await sharp(anim).metadata()).pages).toBe(2);
    const h = await hashImageBuffer(anim);
    expect(h).toMatchObject({ format: 'gif', width: base.width, height: base.height });
    const firstFrame = await hashImageBuffer(await sharp(base.original).gif().toBuffer());
    const secondFrame = await hashImageBuffer(await sharp(other.original).gif().toBuffer());
    expect(hammingDistance(h.phash, firstFrame.phash)).toBeLessThanOrEqual(2);
    expect(hammingDistance(h.phash, secondFrame.phash)).toBeGreaterThan(MATCH_THRESHOLD);
  });

  test.each([
    ['avif', (s: sharp.Sharp) => s.avif()],
    ['tiff', (s: sharp.Sharp) => s.tiff({ compression: 'lzw' })],
    ['webp', (s: sharp.Sharp) => s.webp()],
    ['jpeg', (s: sharp.Sharp) => s.jpeg()],
    ['png', (s: sharp.Sharp) => s.png({ palette: true })],
  ] as const)('decodes %s', async (format, encode) => {
    const h = await hashImageBuffer(await encode(sharp(base.original)).toBuffer());
    expect(h).toMatchObject({ format, width: base.width, height: base.height });
    expect(isPerceptualMatch(h.phash, baseHash.phash)).toBe(true);
  });

  test('decodes 16-bit and CMYK images', async () => {
    const png16 = await hashImageBuffer(await sharp(base.original).toColourspace('rgb16').png().toBuffer());
    expect(hammingDistance(png16.phash, baseHash.phash)).toBeLessThanOrEqual(2);
    const cmyk = await hashImageBuffer(await sharp(base.original).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer());
    expect(cmyk.format).toBe('jpeg');
    expect(isPerceptualMatch(cmyk.phash, baseHash.phash)).toBe(true);
  });

  test('a flat image hashes to zero', async () => {
    const flat = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3a7' } }).png().toBuffer();
    expect((await hashImageBuffer(flat)).phash).toBe('0000000000000000');
  });
});

describe('errors', () => {
  let dir: string;
  let jpeg: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'phash-err-'));
    jpeg = await sharp((await makeSample('photo', 2001)).original).jpeg({ quality: 90 }).toBuffer();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function expectImageError(p: Promise<unknown>, code: ImageErrorCode, path: string, message?: RegExp): Promise<ImageError> {
    const err = await p.then(
      () => {
        throw new Error(`expected ${code}, but it resolved`);
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImageError);
    const ie = err as ImageError;
    expect({ code: ie.code, path: ie.path }).toEqual({ code, path });
    expect(ie.message.startsWith(`${path}: `)).toBe(true);
    if (message) expect(ie.message).toMatch(message);
    return ie;
  }

  async function file(name: string, content: Buffer | string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  test('missing file → IMAGE_NOT_FOUND', async () => {
    const path = join(dir, 'no-such.jpg');
    await expectImageError(hashImageFile(path), 'IMAGE_NOT_FOUND', path, /no such file/);
    const under = join(dir, 'no-dir', 'x.jpg');
    await expectImageError(hashImageFile(under), 'IMAGE_NOT_FOUND', under);
  });

  test('text file → IMAGE_UNSUPPORTED', async () => {
    const path = await file('notes.jpg', 'hello, this is not an image\n');
    await expectImageError(hashImageFile(path), 'IMAGE_UNSUPPORTED', path, /not an image/);
    await expectImageError(hashImageBuffer(Buffer.from('{"json": true}'), { name: 'doc.json' }), 'IMAGE_UNSUPPORTED', 'doc.json');
  });

  test('empty file, directory, SVG and BMP → IMAGE_UNSUPPORTED', async () => {
    const empty = await file('empty.png', '');
    await expectImageError(hashImageFile(empty), 'IMAGE_UNSUPPORTED', empty, /empty/);
    const sub = join(dir, 'folder.png');
    await mkdir(sub);
    await expectImageError(hashImageFile(sub), 'IMAGE_UNSUPPORTED', sub, /directory/);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>';
    await expectImageError(hashImageBuffer(Buffer.from(svg)), 'IMAGE_UNSUPPORTED', '<buffer>', /svg/);
    const bmp = Buffer.alloc(70);
    bmp.write('BM', 0, 'latin1');
    await expectImageError(hashImageBuffer(bmp), 'IMAGE_UNSUPPORTED', '<buffer>');
  });

  test('truncated JPEG → IMAGE_CORRUPT', async () => {
    const path = await file('truncated.jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.6)));
    await expectImageError(hashImageFile(path), 'IMAGE_CORRUPT', path, /corrupt or truncated/);
    const headerOnly = await file('header.jpg', jpeg.subarray(0, 40));
    await expectImageError(hashImageFile(headerOnly), 'IMAGE_CORRUPT', headerOnly);
  });

  test('JPEG with damaged entropy data → IMAGE_CORRUPT by default, decodable with failOn: error', async () => {
    const damaged = Buffer.from(jpeg);
    for (let i = Math.floor(damaged.length * 0.4); i < Math.floor(damaged.length * 0.45); i++) damaged[i] = (i * 31) & 0xff;
    await expectImageError(hashImageBuffer(damaged), 'IMAGE_CORRUPT', '<buffer>');
    await expect(hashImageBuffer(damaged, { failOn: 'error' })).resolves.toMatchObject({ format: 'jpeg' });
  });

  test.each([
    ['png', (s: sharp.Sharp) => s.png()],
    ['gif', (s: sharp.Sharp) => s.gif()],
    ['webp', (s: sharp.Sharp) => s.webp()],
    ['tiff', (s: sharp.Sharp) => s.tiff()],
    ['avif', (s: sharp.Sharp) => s.avif()],
  ] as const)('truncated %s → IMAGE_CORRUPT', async (_format, encode) => {
    const full = await encode(sharp(jpeg)).toBuffer();
    await expectImageError(hashImageBuffer(full.subarray(0, Math.floor(full.length / 2))), 'IMAGE_CORRUPT', '<buffer>');
  });

  test('too many bytes → IMAGE_TOO_LARGE, before decoding', async () => {
    const path = await file('big.jpg', jpeg);
    await expectImageError(hashImageFile(path, { maxBytes: 1000 }), 'IMAGE_TOO_LARGE', path, /over the limit of 1000 bytes/);
    await expectImageError(hashImageBuffer(jpeg, { maxBytes: 1000 }), 'IMAGE_TOO_LARGE', '<buffer>');
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
  });

  test('too many pixels → IMAGE_TOO_LARGE, from the header', async () => {
    const wide = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#888' } }).png().toBuffer();
    await expectImageError(hashImageBuffer(wide, { maxPixels: 10_000_000 }), 'IMAGE_TOO_LARGE', '<buffer>', /4000×3000/);
    await expect(hashImageBuffer(wide, { maxPixels: 12_000_000 })).resolves.toMatchObject({ width: 4000, height: 3000 });
  });

  test('bad arguments are rejected, never thrown synchronously', async () => {
    await expect(hashImageFile('')).rejects.toThrow(TypeError);
    await expect(hashImageBuffer('x' as unknown as Buffer)).rejects.toThrow(TypeError);
    await expect(hashImageBuffer(jpeg, { maxBytes: -1 })).rejects.toThrow(RangeError);
  });

  test('many failing calls in parallel all reject cleanly', async () => {
    const inputs = Array.from({ length: 20 }, (_, i) => jpeg.subarray(0, 50 + i * 37));
    const results = await Promise.allSettled(inputs.map((b) => hashImageBuffer(b)));
    for (const r of results) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ImageError);
    }
  });
});

describe('hammingDistance', () => {
  const hex64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));
  const popcount = (n: bigint) => n.toString(2).split('').filter((c) => c === '1').length;

  test('known values', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('00000000ffffffff', 'FFFFFFFF00000000')).toBe(64);
    const withBits = (n: number) => ((1n << BigInt(n)) - 1n).toString(16).padStart(16, '0');
    expect(isPerceptualMatch(withBits(MATCH_THRESHOLD), '0000000000000000')).toBe(true);
    expect(isPerceptualMatch(withBits(MATCH_THRESHOLD + 1), '0000000000000000')).toBe(false);
    expect(isPerceptualMatch(withBits(11), '0000000000000000', 10)).toBe(false);
  });

  test('agrees with BigInt popcount, is a metric', () => {
    fc.assert(
      fc.property(hex64, hex64, hex64, (a, b, c) => {
        const d = hammingDistance(a, b);
        expect(d).toBe(popcount(BigInt(`0x${a}`) ^ BigInt(`0x${b}`)));
        expect(hammingDistance(b, a)).toBe(d);
        expect(hammingDistance(a, a)).toBe(0);
        expect(hammingDistance(a, c)).toBeLessThanOrEqual(d + hammingDistance(b, c));
      }),
    );
  });

  test('rejects malformed hashes', () => {
    for (const bad of ['', '123', '000000000000000g', '00000000000000000', ' 000000000000000', '0x00000000000000']) {
      expect(() => hammingDistance(bad, '0000000000000000')).toThrow(TypeError);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// PHASH_SWEEP=1: the larger measurement quoted in phash.ts (≈1 min).

const sweep = process.env.PHASH_SWEEP ? describe : describe.skip;

sweep('sweep: 200 structured images, and the weak cases', () => {
  test('distance distributions', async () => {
    const samples: Sample[] = [];
    let seed = 10_000;
    for (const family of CONTENT_FAMILIES) {
      for (let i = 0; i < (family === 'photo' ? 40 : 20); i++) samples.push(await makeSample(family, seed++));
    }
    const m = await measure(samples);
    const dist = copyDistances(m);
    const { originals } = unrelatedDistances(m);
    const copies = dist.flat();
    const lines = [`sweep: ${samples.length} images, ${originals.length} unrelated pairs, ${copies.length} copies`];
    for (const t of [8, 10, 12, 14, 16]) {
      lines.push(
        `  threshold ${t}: missed copies ${copies.filter((d) => d > t).length}/${copies.length}, ` +
          `false matches ${originals.filter((d) => d <= t).length}/${originals.length}`,
      );
    }
    TRANSFORM_NAMES.forEach((t, i) => lines.push(`  ${t.padEnd(9)} max ${pad(Math.max(...dist[i]), 2)}  >${MATCH_THRESHOLD}: ${dist[i].filter((d) => d > MATCH_THRESHOLD).length}`));
    lines.push(`  unrelated low end: ${histogram(originals, 20)}`);
    console.log(lines.join('\n'));
  });

  test('weak cases (printed, not asserted)', async () => {
    const lines = ['weak cases: worst distance of a copy to its original, per transformation'];
    for (const family of ['lineargradient', 'isoluminant', 'stripes']) {
      const samples: Sample[] = [];
      for (let i = 0; i < 8; i++) samples.push(await makeSample(family, 20_000 + i));
      const dist = copyDistances(await measure(samples));
      lines.push(`  ${family.padEnd(15)}${TRANSFORM_NAMES.map((t, i) => `${t} ${Math.max(...dist[i])}`).join(', ')}`);
    }
    console.log(lines.join('\n'));
  });
});
