// Draws the add-in's icons (a white check mark on Excel green) as PNGs with no image library,
// so they can be regenerated anywhere: `node scripts/make-icons.js`.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // supersampling per axis, for smooth edges

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Shape in unit coordinates: rounded square, check mark stroke.
function shade(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const check = [
    [0.24, 0.52],
    [0.42, 0.7],
    [0.77, 0.31],
  ];
  const d = Math.min(
    distanceToSegment(x, y, check[0], check[1]),
    distanceToSegment(x, y, check[1], check[2]),
  );
  return d < 0.075 ? WHITE : GREEN;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = shade((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size);
          if (!color) continue;
          acc[0] += color[0];
          acc[1] += color[1];
          acc[2] += color[2];
          acc[3] += 255;
        }
      }
      const n = SAMPLES * SAMPLES;
      const covered = acc[3] / 255 || 1;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      raw[offset] = Math.round(acc[0] / covered);
      raw[offset + 1] = Math.round(acc[1] / covered);
      raw[offset + 2] = Math.round(acc[2] / covered);
      raw[offset + 3] = Math.round(acc[3] / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size));
fs.writeFileSync(path.join(out, "logo-filled.png"), png(300));
console.log(`icons written to ${out}`);
