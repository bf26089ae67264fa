/**
 * SHA-1 of a short text, synchronously: Anki's note checksum (`csum`) is the
 * first 32 bits of the SHA-1 of the first field. WebCrypto's digest is a
 * promise per call, which cost more than the hashing itself for 20,000 notes.
 */
export function sha1First32(text: string): number {
  const bytes = new TextEncoder().encode(text);
  const words = ((bytes.length + 8) >>> 6) + 1;
  const m = new Uint32Array(words * 16);
  for (let i = 0; i < bytes.length; i++) m[i >>> 2]! |= bytes[i]! << (24 - (i % 4) * 8);
  m[bytes.length >>> 2]! |= 0x80 << (24 - (bytes.length % 4) * 8);
  m[words * 16 - 1] = bytes.length * 8;
  let [h0, h1, h2, h3, h4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < m.length; block += 16) {
    for (let t = 0; t < 16; t++) w[t] = m[block + t]!;
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = [h0, h1, h2, h3, h4];
    for (let t = 0; t < 80; t++) {
      const f =
        t < 20
          ? ((b & c) | (~b & d)) + 0x5a827999
          : t < 40
            ? (b ^ c ^ d) + 0x6ed9eba1
            : t < 60
              ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc
              : (b ^ c ^ d) + 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  return h0 >>> 0;
}
