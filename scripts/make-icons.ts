/**
 * Draws the app icons (three aligned lines of text on teal) as PNGs with no
 * image library: a few rectangles are all the design needs. Run once; the
 * output in public/icons is committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x1f, 0x4e, 0x5f];
const LINES = [
  { y: 0.3, w: 0.62, color: [0xff, 0xff, 0xff] },
  { y: 0.47, w: 0.5, color: [0xf2, 0xc1, 0x4e] },
  { y: 0.64, w: 0.56, color: [0x9f, 0xd8, 0xcb] },
];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, maskable: boolean): Buffer {
  // A maskable icon keeps its drawing inside the central 80% safe zone.
  const scale = maskable ? 0.7 : 1;
  const offset = (1 - scale) / 2;
  const radius = maskable ? 0 : size * 0.18;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let rgba = [...TEAL, 255];
      // Rounded corners for the plain icon.
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      if (
        radius &&
        cx < radius &&
        cy < radius &&
        (radius - cx) ** 2 + (radius - cy) ** 2 > radius ** 2
      ) {
        rgba = [0, 0, 0, 0];
      }
      const u = (x / size - offset) / scale;
      const v = (y / size - offset) / scale;
      for (const line of LINES) {
        if (v >= line.y && v < line.y + 0.09 && u >= 0.19 && u < 0.19 + line.w)
          rgba = [...line.color, 255];
      }
      raw.set(rgba, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icons/icon-192.png', png(192, false));
writeFileSync('public/icons/icon-512.png', png(512, false));
writeFileSync('public/icons/maskable-512.png', png(512, true));
writeFileSync('public/icons/maskable-192.png', png(192, true));
// favicon.ico: an ICO directory holding one 32×32 PNG, which every current browser reads.
const small = png(32, false);
const ico = Buffer.alloc(22);
ico.writeUInt16LE(0, 0);
ico.writeUInt16LE(1, 2);
ico.writeUInt16LE(1, 4);
ico[6] = 32;
ico[7] = 32;
ico.writeUInt16LE(1, 10);
ico.writeUInt16LE(32, 12);
ico.writeUInt32LE(small.length, 14);
ico.writeUInt32LE(22, 18);
writeFileSync('public/favicon.ico', Buffer.concat([ico, small]));
writeFileSync(
  'public/icons/icon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#1f4e5f"/>${LINES.map(
    (l) =>
      `<rect x="19" y="${l.y * 100}" width="${l.w * 100}" height="9" fill="rgb(${l.color.join(',')})"/>`,
  ).join('')}</svg>\n`,
);
console.log('icons written to public/icons');
