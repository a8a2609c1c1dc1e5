import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ExportPage } from '@shared/contract/calls/export';
import type { ExportFrame } from '@shared/export/frame';
import { attributionLine, bannerText, conditionsLines, pageLabel, provenanceLine } from '@shared/export/frameText';
import { dashPattern } from '@shared/export/frameLayout';
import { stripProlog } from '@shared/export/svgFrame';
import type { ExportFonts } from '../resources';
import { pageSize, planTiles, type TilePlan } from './tiling';

export type PdfContent = { kind: 'png'; bytes: Uint8Array; width: number; height: number } | { kind: 'svg'; svg: string; width: number; height: number };

export interface PdfExportInput {
  content: PdfContent;
  frame: ExportFrame;
  page: ExportPage;
  fonts: ExportFonts;
}

const MARGIN = 28;
const GAP = 6;
const BANNER_SIZE = 11;
const TITLE_SIZE = 14;
const SMALL_SIZE = 9;
const FOOT_SIZE = 8;
const REGULAR = 'Fenlight-Regular';
const BOLD = 'Fenlight-Bold';
const TEXT = '#1b1f24';
const MUTED = '#4f5866';

type Doc = PDFKit.PDFDocument;

interface LegendPlacement {
  index: number;
  x: number;
  row: number;
}

interface PageLayout {
  width: number;
  height: number;
  inner: number;
  titleHeight: number;
  box: { x: number; y: number; width: number; height: number };
  legend: LegendPlacement[];
  legendRows: number;
  footerTop: number;
}

function legendItemWidth(doc: Doc, label: string): number {
  return 10 + 4 + doc.font(REGULAR).fontSize(SMALL_SIZE).widthOfString(label) + 12;
}

/** Header and footer are the same on every page, so the picture box is too. */
function layoutPage(doc: Doc, frame: ExportFrame, page: ExportPage): PageLayout {
  const { width, height } = pageSize(page);
  const inner = width - 2 * MARGIN;
  const titleHeight = doc.font(BOLD).fontSize(TITLE_SIZE).heightOfString(frame.title, { width: inner });
  const headerBottom = MARGIN + BANNER_SIZE + 8 + titleHeight + 4 + SMALL_SIZE * 1.3 + GAP;

  const legend: LegendPlacement[] = [];
  let x = 0;
  let row = 0;
  frame.legend.forEach((item, index) => {
    const itemWidth = legendItemWidth(doc, item.label);
    if (x > 0 && x + itemWidth > inner) {
      x = 0;
      row += 1;
    }
    legend.push({ index, x, row });
    x += itemWidth;
  });
  const legendRows = frame.legend.length > 0 ? row + 1 : 0;
  const footText = [attributionLine(frame), ...conditionsLines(frame)].filter((line): line is string => line !== null).join('\n');
  const footHeight = footText ? doc.font(REGULAR).fontSize(FOOT_SIZE).heightOfString(footText, { width: inner }) : 0;
  const footerHeight = legendRows * SMALL_SIZE * 1.6 + (footHeight > 0 ? footHeight + 4 : 0) + 8 + BANNER_SIZE + 4;
  const footerTop = height - MARGIN - footerHeight;
  const box = { x: MARGIN, y: headerBottom, width: inner, height: Math.max(40, footerTop - GAP - headerBottom) };
  return { width, height, inner, titleHeight, box, legend, legendRows, footerTop };
}

function drawLegendSwatch(doc: Doc, item: ExportFrame['legend'][number], x: number, y: number): void {
  const size = 9;
  doc.save();
  if (item.kind === 'line') {
    const dash = dashPattern(item.dash, 1.5);
    doc.lineWidth(1.5).strokeColor(item.colour);
    if (dash.length > 0) doc.dash(dash[0]!, { space: dash[1]! });
    doc.moveTo(x, y + size / 2).lineTo(x + size + 1, y + size / 2).stroke();
  } else if (item.kind === 'area') {
    doc.rect(x, y, size, size).fillOpacity(0.35).fill(item.colour);
    doc.fillOpacity(1).rect(x, y, size, size).lineWidth(0.75).stroke(item.colour);
  } else {
    doc.circle(x + size / 2, y + size / 2, size / 2).lineWidth(0.75).fillAndStroke(item.colour, TEXT);
  }
  doc.restore();
}

function drawContentTile(doc: Doc, input: PdfExportInput, layout: PageLayout, plan: TilePlan, image: unknown, column: number, row: number): void {
  const { box } = layout;
  // On a single page the picture is centred; tiles start at their own corner of the picture.
  const offsetX = plan.columns === 1 ? (box.width - plan.width) / 2 : -column * box.width;
  const offsetY = plan.rows === 1 ? 0 : -row * box.height;
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();
  if (input.content.kind === 'png') {
    doc.image(image as Buffer, box.x + offsetX, box.y + offsetY, { width: plan.width, height: plan.height });
  } else {
    const { width, height } = input.content;
    const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${plan.width}" height="${plan.height}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none">${stripProlog(input.content.svg)}</svg>`;
    SVGtoPDF(doc, wrapper, box.x + offsetX, box.y + offsetY, {
      width: plan.width,
      height: plan.height,
      assumePt: true,
      // Names need Noto Sans (ț, ş, ą, Vietnamese): every SVG font maps to the embedded one.
      fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
      // Never open a file or address an SVG names: only pictures carried inside it.
      imageCallback: (link) => (/^data:image\/(png|jpeg);base64,/i.test(link.replace(/\s+/g, '')) ? link.replace(/\s+/g, '') : 'data:,'),
      warningCallback: () => undefined,
    });
  }
  doc.restore();
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.5).stroke('#8a94a3');
}

function drawPage(doc: Doc, input: PdfExportInput, layout: PageLayout, plan: TilePlan, image: unknown, column: number, row: number, number: number, total: number): void {
  const { frame } = input;
  const banner = bannerText(frame);
  const { width, height, inner } = layout;
  doc.addPage({ size: [width, height], margin: 0 });
  // Drawn in reading order, so the marking is the first and the last text on every page.
  doc.font(BOLD).fontSize(BANNER_SIZE).fillColor(TEXT).text(banner, MARGIN, MARGIN, { width: inner, align: 'center', lineBreak: false });
  doc.moveTo(MARGIN, MARGIN + BANNER_SIZE + 4).lineTo(width - MARGIN, MARGIN + BANNER_SIZE + 4).lineWidth(0.5).stroke('#8a94a3');
  const titleTop = MARGIN + BANNER_SIZE + 8;
  doc.font(BOLD).fontSize(TITLE_SIZE).fillColor(TEXT).text(frame.title, MARGIN, titleTop, { width: inner });
  const lineY = titleTop + layout.titleHeight + 4;
  doc.font(REGULAR).fontSize(SMALL_SIZE).fillColor(MUTED).text(provenanceLine(frame), MARGIN, lineY, { width: inner * 0.7, lineBreak: false });
  const label = pageLabel(number, total, { row: row + 1, column: column + 1 });
  doc.text(label, MARGIN + inner * 0.45, lineY, { width: inner * 0.55, align: 'right', lineBreak: false });

  drawContentTile(doc, input, layout, plan, image, column, row);

  let y = layout.footerTop;
  for (const placement of layout.legend) {
    const item = frame.legend[placement.index]!;
    const rowY = y + placement.row * SMALL_SIZE * 1.6;
    drawLegendSwatch(doc, item, MARGIN + placement.x, rowY + 1);
    doc.font(REGULAR).fontSize(SMALL_SIZE).fillColor(TEXT).text(item.label, MARGIN + placement.x + 14, rowY, { lineBreak: false });
  }
  y += layout.legendRows * SMALL_SIZE * 1.6;
  const attribution = attributionLine(frame);
  if (attribution) {
    doc.font(REGULAR).fontSize(FOOT_SIZE).fillColor(MUTED).text(attribution, MARGIN, y, { width: inner });
    y = doc.y;
  }
  conditionsLines(frame).forEach((line, index) => {
    doc.font(index === 0 ? BOLD : REGULAR).fontSize(FOOT_SIZE).fillColor(TEXT).text(line, MARGIN, y, { width: inner });
    y = doc.y;
  });
  const bottomBanner = height - MARGIN - BANNER_SIZE;
  doc.moveTo(MARGIN, bottomBanner - 4).lineTo(width - MARGIN, bottomBanner - 4).lineWidth(0.5).stroke('#8a94a3');
  doc.font(BOLD).fontSize(BANNER_SIZE).fillColor(TEXT).text(banner, MARGIN, bottomBanner, { width: inner, align: 'center', lineBreak: false });
}

/** A marked PDF: one page with the picture fitted, or the picture tiled at full size. */
export async function writePdf(input: PdfExportInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const banner = bannerText(input.frame);
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    info: {
      Title: `${banner} — ${input.frame.title}`,
      Subject: banner,
      Author: input.frame.author,
      Keywords: `${banner}; Fenlight export`,
      Creator: 'Fenlight',
      CreationDate: new Date(input.frame.exportedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, input.fonts.regular);
  doc.registerFont(BOLD, input.fonts.bold);

  const layout = layoutPage(doc, input.frame, input.page);
  const plan = planTiles(input.content, layout.box, input.page.fit);
  // Opened once and drawn on every tile: PDFKit then embeds the picture once.
  const image = input.content.kind === 'png' ? (doc as unknown as { openImage(src: Buffer): unknown }).openImage(Buffer.from(input.content.bytes)) : null;
  const total = plan.columns * plan.rows;
  for (let row = 0; row < plan.rows; row++) {
    for (let column = 0; column < plan.columns; column++) {
      drawPage(doc, input, layout, plan, image, column, row, row * plan.columns + column + 1, total);
    }
  }
  doc.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages: total };
}
