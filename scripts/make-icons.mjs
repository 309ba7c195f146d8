#!/usr/bin/env node
/**
 * Draws the Plexus icon (a small knowledge graph: a hub linked to five typed entities on a rounded
 * square) and writes every packaging format from the same vector description:
 *
 *   build/icon.png   1024 px (Linux, and electron-builder's source)
 *   build/icon.ico   16-256 px (Windows; small sizes as BMP for old shells, 256 as PNG)
 *   build/icon.icns  16-1024 px (macOS; PNG entries)
 *   build/icons/<n>x<n>.png  the Linux hicolor sizes
 *
 * Each size is rendered directly (not downscaled), with analytic anti-aliasing, so small icons stay
 * crisp. The ICO and ICNS containers are a few headers around PNG/BMP data, written here rather than
 * pulling in an image toolchain with native dependencies.
 *
 * Usage: node scripts/make-icons.mjs [--out build]
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---- the drawing, on a 1024 x 1024 canvas ----

const BACKGROUND = { x: 96, y: 96, size: 832, radius: 190, from: [30, 58, 138], to: [15, 118, 110] };
const HUB = { x: 512, y: 520, r: 112, color: [248, 250, 252] };
/** Entity-type colours (person, organization, place, policy, event), clockwise from the top. */
const SATELLITES = [
  { angle: -90, color: [251, 191, 36] },
  { angle: -18, color: [56, 189, 248] },
  { angle: 54, color: [52, 211, 153] },
  { angle: 126, color: [251, 113, 133] },
  { angle: 198, color: [167, 139, 250] },
].map(({ angle, color }) => {
  const rad = (angle * Math.PI) / 180;
  return { x: 512 + 268 * Math.cos(rad), y: 520 + 268 * Math.sin(rad), r: 64, color };
});
/** Hub spokes plus two cross links, so it reads as a network rather than a star. */
const EDGES = [
  ...SATELLITES.map((s) => [HUB, s]),
  [SATELLITES[0], SATELLITES[1]],
  [SATELLITES[2], SATELLITES[3]],
];
const EDGE_WIDTH = 26;
const EDGE_COLOR = [255, 255, 255];
const EDGE_ALPHA = 0.78;
const RING_WIDTH = 14;

/** Signed distance from a point to a rounded square (negative inside). */
function roundedSquareDistance(px, py, { x, y, size, radius }) {
  const half = size / 2;
  const qx = Math.abs(px - (x + half)) - (half - radius);
  const qy = Math.abs(py - (y + half)) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(px, py, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (a.x + t * dx), py - (a.y + t * dy));
}

/** Coverage of a shape at signed distance `d` (in output pixels): a one-pixel linear ramp. */
function coverage(d) {
  return Math.max(0, Math.min(1, 0.5 - d));
}

function blend(pixel, color, alpha) {
  const a = alpha + pixel[3] * (1 - alpha);
  if (a === 0) return;
  for (let i = 0; i < 3; i++) pixel[i] = (color[i] * alpha + pixel[i] * pixel[3] * (1 - alpha)) / a;
  pixel[3] = a;
}

/** Renders the icon at `size` pixels: an RGBA PNG object. */
export function renderIcon(size) {
  const scale = size / 1024;
  // Thin strokes would vanish at 16 px: keep them at least ~1.3 output pixels.
  const edgeHalf = Math.max(EDGE_WIDTH * scale, 1.3) / 2;
  // Tiny icons: less margin, and no white rings (they would blur the colours into grey).
  const small = size <= 32;
  const zoom = small ? 1.1 : 1;
  const ringWidth = small ? 0 : Math.max(RING_WIDTH * scale, 1);
  const png = new PNG({ width: size, height: size });
  const pixel = [0, 0, 0, 0];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Sample at the pixel centre, in canvas units.
      const cx = 512 + ((x + 0.5) / scale - 512) / zoom;
      const cy = 512 + ((y + 0.5) / scale - 512) / zoom;
      pixel[0] = pixel[1] = pixel[2] = pixel[3] = 0;

      const bg = coverage(roundedSquareDistance(cx, cy, BACKGROUND) * scale * zoom);
      if (bg > 0) {
        const t = Math.max(0, Math.min(1, (cx + cy - 2 * BACKGROUND.x) / (2 * BACKGROUND.size)));
        blend(
          pixel,
          BACKGROUND.from.map((c, i) => c + (BACKGROUND.to[i] - c) * t),
          bg,
        );
      }
      for (const [a, b] of EDGES) {
        const cov = coverage(segmentDistance(cx, cy, a, b) * scale * zoom - edgeHalf);
        if (cov > 0) blend(pixel, EDGE_COLOR, cov * EDGE_ALPHA * bg);
      }
      for (const node of [...SATELLITES, HUB]) {
        const d = Math.hypot(cx - node.x, cy - node.y) * scale * zoom;
        const r = node.r * scale * zoom;
        const outer = coverage(d - r);
        if (outer === 0) continue;
        blend(pixel, [255, 255, 255], outer); // white ring around each node
        blend(pixel, node.color, coverage(d - (r - ringWidth)));
      }
      const offset = (y * size + x) * 4;
      png.data[offset] = Math.round(pixel[0]);
      png.data[offset + 1] = Math.round(pixel[1]);
      png.data[offset + 2] = Math.round(pixel[2]);
      png.data[offset + 3] = Math.round(pixel[3] * 255);
    }
  }
  return png;
}

const pngBytes = (png) => PNG.sync.write(png);

// ---- containers ----

/** Windows ICO: PNG for 256 px, 32-bit BMP (with its AND mask) below, which every shell can read. */
export function icoFile(images) {
  const entries = images.map((png) => (png.width >= 256 ? pngBytes(png) : bmpForIco(png)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((png, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(png.width >= 256 ? 0 : png.width, at); // 0 means 256
    header.writeUInt8(png.height >= 256 ? 0 : png.height, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(entries[i].length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += entries[i].length;
  });
  return Buffer.concat([header, ...entries]);
}

function bmpForIco(png) {
  const { width, height, data } = png;
  const maskRow = Math.ceil(width / 32) * 4;
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(width, 4);
  info.writeInt32LE(height * 2, 8); // colour rows + mask rows
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  info.writeUInt32LE(width * height * 4 + maskRow * height, 20);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = ((height - 1 - y) * width + x) * 4; // BMP rows go bottom-up
      const to = (y * width + x) * 4;
      pixels[to] = data[from + 2];
      pixels[to + 1] = data[from + 1];
      pixels[to + 2] = data[from];
      pixels[to + 3] = data[from + 3];
    }
  }
  const mask = Buffer.alloc(maskRow * height); // all zero: the alpha channel decides
  return Buffer.concat([info, pixels, mask]);
}

/** macOS ICNS: PNG entries by type code. */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

export function icnsFile(pngsBySize) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const data = pngsBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

// ---- main ----

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

export async function makeIcons(outDir) {
  const sizes = [...new Set([...ICO_SIZES, ...LINUX_SIZES, ...ICNS_TYPES.map(([, s]) => s)])].sort(
    (a, b) => a - b,
  );
  const rendered = new Map(sizes.map((size) => [size, renderIcon(size)]));
  const encoded = new Map([...rendered].map(([size, png]) => [size, pngBytes(png)]));
  await fs.mkdir(path.join(outDir, 'icons'), { recursive: true });
  await fs.writeFile(path.join(outDir, 'icon.png'), encoded.get(1024));
  await fs.writeFile(path.join(outDir, 'icon.ico'), icoFile(ICO_SIZES.map((s) => rendered.get(s))));
  await fs.writeFile(path.join(outDir, 'icon.icns'), icnsFile(encoded));
  for (const size of LINUX_SIZES) {
    await fs.writeFile(path.join(outDir, 'icons', `${size}x${size}.png`), encoded.get(size));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: path.join(root, 'build') } } });
  const started = Date.now();
  await makeIcons(path.resolve(values.out));
  console.log(`icons: written to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
