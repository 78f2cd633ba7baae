// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum iSCSI, ext4 and
// most storage engines use: better error detection than CRC-32 for the same cost.
//
// Slicing-by-8: eight 256-entry tables let the loop fold 8 input bytes per iteration
// instead of 1, which is several times faster in V8 than the byte-at-a-time loop.
// Check value: crc32c("123456789") === 0xE3069283.

const POLYNOMIAL_REFLECTED = 0x82f63b78;

function buildTables(): Uint32Array[] {
  const tables: Uint32Array[] = [];
  const first = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ POLYNOMIAL_REFLECTED : crc >>> 1;
    first[byte] = crc >>> 0;
  }
  tables.push(first);
  // tables[k][b] is the CRC contribution of byte b followed by k zero bytes.
  for (let k = 1; k < 8; k++) {
    const previous = tables[k - 1];
    const table = new Uint32Array(256);
    for (let byte = 0; byte < 256; byte++) table[byte] = (previous[byte] >>> 8) ^ first[previous[byte] & 0xff];
    tables.push(table);
  }
  return tables;
}

const [T0, T1, T2, T3, T4, T5, T6, T7] = buildTables();

/**
 * CRC-32C of `data`. To checksum a stream in pieces pass the previous result:
 * crc32c(b, crc32c(a)) === crc32c(concat(a, b)).
 */
export function crc32c(data: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  let i = 0;
  const end8 = data.length - (data.length % 8);
  while (i < end8) {
    // The first 4 bytes fold into the running CRC; the next 4 are looked up directly.
    const low = crc ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    crc =
      T7[low & 0xff] ^
      T6[(low >>> 8) & 0xff] ^
      T5[(low >>> 16) & 0xff] ^
      T4[low >>> 24] ^
      T3[data[i + 4]] ^
      T2[data[i + 5]] ^
      T1[data[i + 6]] ^
      T0[data[i + 7]];
    i += 8;
  }
  while (i < data.length) crc = T0[(crc ^ data[i++]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}
