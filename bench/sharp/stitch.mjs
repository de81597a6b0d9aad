// The same work as `stitch --grid 2x2 --repeat N`: join four JPEGs 2x2, encode the page (q90, 300 ppi), resize to
// 1000 px wide and encode the preview (q85). Prints the steady-state median per page (second half of the runs).
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';

const [repeat, out, preview, ...inputs] = process.argv.slice(2);
sharp.concurrency(1); // one thread, as the Java side is measured
sharp.cache(false);
const tiles = inputs.map((f) => readFileSync(f));
const times = [];
for (let i = 0; i < Number(repeat); i++) {
  const start = process.hrtime.bigint();
  // Decode and join once into raw pixels, then encode the page and resize the same pixels: one decode, like the worker.
  const { data, info } = await sharp(tiles, { join: { across: 2 } }).raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  const page = await sharp(data, raw).jpeg({ quality: 90 }).withMetadata({ density: 300 }).toBuffer();
  const small = await sharp(data, raw).resize({ width: 1000 }).jpeg({ quality: 85 }).toBuffer();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (i === Number(repeat) - 1) {
    writeFileSync(out, page);
    writeFileSync(preview, small);
  }
}
const steady = times.slice(Math.floor(times.length / 2)).sort((a, b) => a - b);
console.log(`sharp ${sharp.versions.sharp} libvips ${sharp.versions.vips} pages=${repeat} steady-state median=${steady[Math.floor(steady.length / 2)].toFixed(1)} ms/page`);
