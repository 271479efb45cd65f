/* global document */
// Renders assets/icon.svg to the app icons with Debian's Chromium (playwright-core):
//   assets/icon.png            1024×1024 (electron-builder derives the macOS .icns from it)
//   assets/icons/NxN.png       16…512 (Linux icon set)
//   assets/icon.ico            Windows icon, PNG-compressed entries 16…256, assembled here
//   src-renderer/public/favicon.png  (32×32)
// Each size is rendered from the vector source rather than downscaled, so small sizes stay crisp.
// The 掌 glyph needs a CJK font: apt-get install fonts-noto-cjk (check: fc-list | grep -i cjk).
// Usage: node scripts/render-icons.mjs
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...p) => path.join(root, ...p);

const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const MAIN_SIZE = 1024;
const FONT_PROBE = '700 100px "Noto Sans CJK SC"';

const svg = await readFile(at('assets', 'icon.svg'), 'utf8');
// Inline the SVG (minus any XML prolog) so it renders with the page's fonts; it fills the viewport.
const svgBody = svg.replace(/<\?xml[^>]*>\s*/, '');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
  svg { display: block; width: 100vw; height: 100vh; }
</style></head><body>${svgBody}</body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

/** @returns {Promise<Map<number, Buffer>>} PNG bytes per size */
async function renderAll(sizes) {
  const out = new Map();
  const page = await browser.newPage({ viewport: { width: MAIN_SIZE, height: MAIN_SIZE }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  const hasFont = await page.evaluate(async (probe) => {
    await document.fonts.load(probe, '掌');
    await document.fonts.ready;
    return document.fonts.check(probe, '掌');
  }, FONT_PROBE);
  if (!hasFont) console.warn('warning: "Noto Sans CJK SC" not found; 掌 will use a fallback font (install fonts-noto-cjk)');
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.evaluate(() => document.fonts.ready);
    out.set(size, await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
  await page.close();
  return out;
}

/** ICO container holding PNG-compressed images (supported since Windows Vista). */
function buildIco(entries) {
  const HEADER = 6;
  const ENTRY = 16;
  const dir = Buffer.alloc(HEADER + ENTRY * entries.length);
  dir.writeUInt16LE(0, 0); // reserved
  dir.writeUInt16LE(1, 2); // type: 1 = icon
  dir.writeUInt16LE(entries.length, 4);
  let offset = dir.length;
  entries.forEach(({ size, png }, i) => {
    const e = HEADER + ENTRY * i;
    dir.writeUInt8(size >= 256 ? 0 : size, e); // width, 0 means 256
    dir.writeUInt8(size >= 256 ? 0 : size, e + 1); // height
    dir.writeUInt8(0, e + 2); // palette colours: none
    dir.writeUInt8(0, e + 3); // reserved
    dir.writeUInt16LE(1, e + 4); // colour planes
    dir.writeUInt16LE(32, e + 6); // bits per pixel
    dir.writeUInt32LE(png.length, e + 8); // image data size
    dir.writeUInt32LE(offset, e + 12); // image data offset
    offset += png.length;
  });
  return Buffer.concat([dir, ...entries.map((x) => x.png)]);
}

try {
  const sizes = [...new Set([MAIN_SIZE, ...LINUX_SIZES, ...ICO_SIZES])].sort((a, b) => a - b);
  const pngs = await renderAll(sizes);

  await mkdir(at('assets', 'icons'), { recursive: true });
  await mkdir(at('src-renderer', 'public'), { recursive: true });

  const written = [];
  const write = async (rel, data) => {
    await writeFile(at(...rel.split('/')), data);
    written.push(`${rel} (${data.length} bytes)`);
  };
  await write('assets/icon.png', pngs.get(MAIN_SIZE));
  for (const size of LINUX_SIZES) await write(`assets/icons/${size}x${size}.png`, pngs.get(size));
  await write('assets/icon.ico', buildIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  await write('src-renderer/public/favicon.png', pngs.get(32));
  console.log(`wrote:\n  ${written.join('\n  ')}`);
} finally {
  await browser.close();
}
