/**
 * Makes the chart's SVG smaller without changing what it draws (a 2,000-entity chart comes out
 * of cytoscape-svg at 25 MB, and its size is most of a PDF export's time).
 *
 * Pictures: cytoscape-svg embeds a node's symbol as a fresh PNG data URI every time it is drawn, so a
 * 2,000-entity chart carries 2,000 copies of a handful of pictures. Here each distinct picture is defined once and drawn with <use>: the same
 * drawing, a fraction of the size. Only same-document references (#id) are added, which the
 * engine's export checks allow.
 */

const IMAGE = /<image\b([^>]*?)\s*\/>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) found.set(match[1]!, match[2]!);
  return found;
}

export function shareRepeatedImages(svg: string): string {
  const ids = new Map<string, string>();
  const defs: string[] = [];
  const body = svg.replace(IMAGE, (whole, inner: string) => {
    const attrs = attributes(inner);
    const href = attrs.get('xlink:href') ?? attrs.get('href');
    if (!href?.startsWith('data:image/')) return whole;
    const width = attrs.get('width') ?? '0';
    const height = attrs.get('height') ?? '0';
    const key = `${width}x${height}:${href}`;
    let id = ids.get(key);
    if (!id) {
      id = `fenlight-image-${ids.size + 1}`;
      ids.set(key, id);
      defs.push(`<image id="${id}" width="${width}" height="${height}" preserveAspectRatio="${attrs.get('preserveAspectRatio') ?? 'none'}" xlink:href="${href}"/>`);
    }
    const placed = ['transform', 'opacity', 'x', 'y']
      .flatMap((name) => (attrs.has(name) ? [`${name}="${attrs.get(name)!}"`] : []))
      .join(' ');
    return `<use xlink:href="#${id}"${placed ? ` ${placed}` : ''}/>`;
  });
  if (defs.length === 0) return svg;
  // Into the root's first <defs> (cytoscape-svg always writes one), else a new one after <svg …>.
  const shared = defs.join('');
  if (/<defs\s*\/>/.test(body)) return body.replace(/<defs\s*\/>/, `<defs>${shared}</defs>`);
  if (/<defs>/.test(body)) return body.replace(/<defs>/, `<defs>${shared}`);
  return body.replace(/(<svg\b[^>]*>)/, `$1<defs>${shared}</defs>`);
}

const PATH_DATA = /\sd="([^"]*)"/g;
const LONG_DECIMAL = /(-?\d+\.\d{3,})/g;

/**
 * Path coordinates to hundredths of a chart unit. cytoscape-svg writes node outlines as
 * polylines with full double precision (sixteen digits a number); a hundredth is far below
 * anything a printer or screen can show at any zoom an export offers.
 */
export function roundPathCoordinates(svg: string): string {
  return svg.replace(PATH_DATA, (_whole, data: string) => ` d="${data.replace(LONG_DECIMAL, (number) => String(Math.round(Number(number) * 100) / 100))}"`);
}

export function compactChartSvg(svg: string): string {
  return shareRepeatedImages(roundPathCoordinates(svg));
}
