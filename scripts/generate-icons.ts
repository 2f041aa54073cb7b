/**
 * `npm run icons`: the app icons the web app manifest and iOS ask for, drawn
 * from public/favicon.svg with sharp (Astro's image library). The PNGs are
 * committed; run this again only when the favicon changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const publicDir = join(import.meta.dirname, '..', 'public');
const svg = readFileSync(join(publicDir, 'favicon.svg'));
const BRAND = '#0b57c4';

/** The icon at full size, and a maskable one whose artwork keeps to the central safe zone (80%). */
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

for (const { file, size, maskable } of ICONS) {
  const art = Math.round(maskable ? size * 0.7 : size);
  const drawn = await sharp(svg, { density: (72 * art) / 32 }).resize(art, art).png().toBuffer();
  const canvas = sharp({ create: { width: size, height: size, channels: 4, background: maskable ? BRAND : { r: 0, g: 0, b: 0, alpha: 0 } } });
  await canvas.composite([{ input: drawn, gravity: 'center' }]).png({ compressionLevel: 9 }).toFile(join(publicDir, 'icons', file));
  console.log(`wrote public/icons/${file}`);
}
