import zlib from 'node:zlib';
import type { ExportFrame } from '@shared/export/frame';

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGB PNG of the given size: a diagonal gradient, so tiles differ. */
export function makePng(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 160;
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

export const CHART_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500">
  <line x1="100" y1="100" x2="600" y2="400" stroke="#555" stroke-width="2"/>
  <circle cx="100" cy="100" r="20" fill="#1f5fa8"/>
  <circle cx="600" cy="400" r="20" fill="#b3261e"/>
  <text x="100" y="140" font-family="sans-serif" font-size="14">Ionuț Popescu</text>
  <text x="600" y="440" font-family="sans-serif" font-size="14" font-weight="bold">Nguyễn Thị Hương</text>
</svg>`;

export function frame(overrides: Partial<ExportFrame> = {}): ExportFrame {
  return {
    marking: 'OFFICIAL-SENSITIVE',
    trainingData: false,
    title: 'Op Heron — car wash network',
    author: 'Priya Shah (CC4127)',
    exportedAt: '2026-03-05T14:30:00.000Z',
    legend: [
      { label: 'Person', kind: 'node', colour: '#1f5fa8' },
      { label: 'Hand car wash', kind: 'node', colour: '#b3261e' },
      { label: 'Confirmed link', kind: 'line', colour: '#555555', dash: 'solid' },
      { label: 'Tentative link', kind: 'line', colour: '#555555', dash: 'dotted' },
    ],
    handlingConditions: [],
    ...overrides,
  };
}

/** The text of each page of a PDF, item by item, as a reader extracts it. */
export async function pdfPages(bytes: Uint8Array): Promise<string[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).filter((text) => text.trim() !== ''));
  }
  await pdf.destroy();
  return pages;
}
