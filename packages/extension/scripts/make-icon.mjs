// Draws the extension icon (images/icon.png, 128×128): a page of minutes with a check mark.
// Plain PNG encoding with zlib, no dependencies. Run: npm run icon -w packages/extension
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4); // RGBA, transparent

function fill(test, [r, g, b]) {
    for (let y = 0; y < SIZE; y++) {
        for (let x = 0; x < SIZE; x++) {
            if (!test(x + 0.5, y + 0.5)) continue;
            const i = (y * SIZE + x) * 4;
            pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = 255;
        }
    }
}
const roundedRect = (x0, y0, x1, y1, radius) => (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + radius), x1 - radius), cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const segment = (ax, ay, bx, by, width) => (x, y) => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2;
};

fill(roundedRect(4, 4, 124, 124, 22), [0x1f, 0x4e, 0x79]);          // background
fill(roundedRect(30, 18, 98, 110, 6), [0xff, 0xff, 0xff]);           // page
for (const [y, x1] of [[36, 84], [50, 84], [64, 74], [78, 62]]) {
    fill(roundedRect(42, y - 3, x1, y + 3, 3), [0x9f, 0xb4, 0xc8]);  // lines of text
}
fill(segment(66, 88, 76, 98, 8), [0x2e, 0x9e, 0x5b]);               // check mark
fill(segment(76, 98, 96, 74, 8), [0x2e, 0x9e, 0x5b]);

function chunk(type, data) {
    const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header[8] = 8; header[9] = 6; // 8-bit RGBA
const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(import.meta.dirname, '..', 'images', 'icon.png');
fs.writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
