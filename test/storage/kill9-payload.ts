// Self-describing payloads for the kill -9 test: every record says which index and which
// child run ("round") wrote it, and its remaining bytes are a pure function of those two,
// so the parent can check any record it finds byte for byte, acknowledged or not.

const HEADER_BYTES = 12;

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

export function killPayload(index: number, round: number): Buffer {
  const seed = mix(index, round);
  // Mostly small records, now and then one larger than a 16 KiB segment (a solo segment).
  const bodyBytes = seed % 40 === 0 ? seed % 24_000 : seed % 400;
  const payload = Buffer.allocUnsafe(HEADER_BYTES + bodyBytes);
  payload.writeUInt32LE(index % 2 ** 32, 0);
  payload.writeUInt32LE(Math.floor(index / 2 ** 32), 4);
  payload.writeUInt32LE(round, 8);
  // A 16-byte pattern unique to (index, round), repeated: cheap to regenerate for checking.
  const pattern = Buffer.allocUnsafe(16);
  for (let i = 0; i < 4; i++) pattern.writeUInt32LE(mix(seed, i), i * 4);
  payload.fill(pattern, HEADER_BYTES);
  return payload;
}

/** The round that wrote this record if it is exactly what killPayload would produce, else null. */
export function checkKillPayload(index: number, payload: Uint8Array): number | null {
  if (payload.length < HEADER_BYTES) return null;
  const view = Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  const round = view.readUInt32LE(8);
  return killPayload(index, round).equals(view) ? round : null;
}
