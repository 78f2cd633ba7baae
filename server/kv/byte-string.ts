// Values are held as "byte strings": one JavaScript character per byte (Latin-1), so a
// string of length n holds exactly n bytes, whatever they are. V8 stores such a string
// as a one-byte string: a 16-byte header and the bytes, on the heap. A Buffer per value
// costs a typed-array object (~100 bytes) on top of its bytes, and its bytes sit in an
// 8 KiB pool slab that any other live slice (a decoded batch, a reply) keeps whole: with
// a million 100-byte values, byte strings took about half the memory (bench/scale.ts).
// Strings are immutable, so a snapshot can hold on to the values of a moment for free.

/** The byte string of `bytes`: a copy, independent of `bytes`' buffer. */
export function toByteString(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) return '';
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The bytes of a byte string, in a fresh Buffer. */
export function fromByteString(value: string): Buffer {
  return Buffer.from(value, 'latin1');
}
