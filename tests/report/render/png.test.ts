import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartImages, loadRenderer } from '../../../src/report/render/png.js';
import { screeSvg } from '../../../src/report/svg/scree.js';
import { table, text, type Report } from '../../../src/report/table.js';

/** A PNG's pixels as RGB (8-bit RGB or RGBA, not interlaced), decoded as the PNG specification says. */
function decode(png: Uint8Array): { width: number; height: number; rgb: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const channels = png[25] === 6 ? 4 : 3;
  const idat: number[] = [];
  for (let at = 8; at < png.length; ) {
    const len = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT') idat.push(...png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = unzlibSync(new Uint8Array(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      out[y * stride + x] = (v + [0, left, up, (left + up) >> 1, paeth][filter]) & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set(out.subarray(i * channels, i * channels + 3), i * 3);
  return { width, height, rgb };
}

/** Width, height and how many pixels are not white. */
function inkOf(png: Uint8Array): { width: number; height: number; ink: number } {
  const { width, height, rgb } = decode(png);
  let ink = 0;
  for (let i = 0; i < rgb.length; i += 3) if (rgb[i] < 250 || rgb[i + 1] < 250 || rgb[i + 2] < 250) ink++;
  return { width, height, ink };
}

const report = (svgs: string[]): Report => ({
  command: 'x',
  warnings: [],
  results: null,
  blocks: [table({ id: 't', title: 'T', columns: [{ header: 'a' }], rows: [[1]] }), ...svgs.map((s) => text(s))],
});

const word = (s: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><text x="4" y="28" font-size="24" font-family="'Microsoft YaHei',sans-serif">${s}</text></svg>`;

describe('charts as PNG for the Word file', () => {
  it('loads nothing for a report without charts', async () => {
    let loaded = false;
    expect(await chartImages(report([]), async () => ((loaded = true), null))).toBeNull();
    expect(loaded).toBe(false);
  });

  it('without the optional packages: no pictures, one warning that says what to install', async () => {
    const charts = await chartImages(report([word('x')]), async () => null);
    expect(charts!.images.size).toBe(0);
    expect(charts!.warnings).toEqual(['the Word file has every table but no charts: for charts, install @resvg/resvg-js @embedpdf/fonts-sc (npm install @resvg/resvg-js @embedpdf/fonts-sc)']);
  });

  it('a chart that cannot be drawn is left out with a warning; the others are drawn', async () => {
    const charts = await chartImages(report(['<svg>a', '<svg>b']), async () => (svg) => {
      if (svg.endsWith('a')) throw new Error('bad\nsecond line');
      return { png: new Uint8Array([1]), width: 1, height: 1 };
    });
    expect([...charts!.images.keys()]).toEqual(['<svg>b']);
    expect(charts!.warnings).toEqual(['a chart could not be drawn as a picture and is left out of the Word file (bad)']);
  });

  it('draws Chinese with the shipped font and no system font, at twice the SVG size', async () => {
    const render = await loadRenderer();
    expect(render, 'the optional packages are installed by npm ci').not.toBeNull();
    const zh = render!(word('碎石图'));
    expect([...zh.png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect([zh.width, zh.height]).toEqual([120, 40]);
    const { width, height, ink } = inkOf(zh.png);
    expect([width, height]).toEqual([240, 80]);
    // Glyphs drawn: much more ink than a blank picture; an empty text draws none.
    expect(ink).toBeGreaterThan(300);
    expect(inkOf(render!(word('')).png).ink).toBe(0);
    // A control character from the data does not stop the picture (XML cannot hold it).
    expect(inkOf(render!(word('满意度\u0001')).png).ink).toBeGreaterThan(300);
  });

  it("draws csat's scree plot at the size its SVG states", async () => {
    const scree = screeSvg([4.2, 1.7, 1.3, 0.5], 'zh', { retained: 2 });
    const charts = await chartImages(report([scree]));
    expect(charts!.warnings).toEqual([]);
    const image = charts!.images.get(scree)!;
    expect([image.width, image.height]).toEqual([Number(/width="(\d+)"/.exec(scree)![1]), Number(/height="(\d+)"/.exec(scree)![1])]);
    expect(inkOf(image.png).ink).toBeGreaterThan(5000);
  });
});

describe('HTML: charts with Chinese text as pictures drawn with the shipped font', () => {
  it('picks only the charts with CJK text, and says what to install when the packages are missing', async () => {
    const seen: string[] = [];
    const charts = await chartImages(report([word('Scree plot'), word('碎石图'), word('（全角）')]), async () => (svg) => (seen.push(svg), { png: new Uint8Array([1]), width: 1, height: 1 }), true);
    expect(seen).toEqual([word('碎石图'), word('（全角）')]);
    expect([...charts!.images.keys()]).toEqual([word('碎石图'), word('（全角）')]);
    expect(await chartImages(report([word('Scree plot')]), async () => null, true)).toBeNull();
    const missing = await chartImages(report([word('碎石图')]), async () => null, true);
    expect(missing!.warnings[0]).toMatch(/^the HTML charts with Chinese text rely on this machine's fonts .*npm install @resvg\/resvg-js @embedpdf\/fonts-sc\)$/);
  });

  it('renderHtml shows the picture in place of the SVG, with the chart title as alt text', async () => {
    const { renderHtml } = await import('../../../src/report/render/html.js');
    const zh = screeSvg([4.2, 1.7, 1.3, 0.5], 'zh', { retained: 2 });
    const en = screeSvg([4.2, 1.7, 1.3, 0.5], 'en', { retained: 2 });
    const charts = await chartImages(report([zh, en]), undefined, true);
    const html = renderHtml(report([zh, en]), { lang: 'zh', images: charts!.images });
    const img = /<img src="data:image\/png;base64,([A-Za-z0-9+/=]+)" width="(\d+)" height="(\d+)" alt="([^"]*)">/.exec(html);
    expect(img, 'the Chinese chart is a picture').not.toBeNull();
    expect(img![4]).toBe(/aria-label="([^"]*)"/.exec(zh)![1]);
    expect(inkOf(new Uint8Array(Buffer.from(img![1], 'base64'))).ink).toBeGreaterThan(5000);
    // The English chart stays SVG; the Chinese one is no longer inline.
    expect(html).toContain(en.trim());
    expect(html).not.toContain(zh.trim());
  });
});
