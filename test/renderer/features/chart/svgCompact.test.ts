import { describe, expect, it } from 'vitest';
import { unsafeSvgReason } from '@shared/export/svgFrame';
import { roundPathCoordinates, shareRepeatedImages } from '../../../../renderer/src/features/chart/export/svgCompact';

const A = 'data:image/png;base64,AAAA';
const B = 'data:image/png;base64,BBBB';
const image = (href: string, x: number, width = 40) =>
  `<image width="${width}" height="${width}" opacity="1" preserveAspectRatio="none" transform="translate(${x}, 5)" xlink:href="${href}"/>`;

describe('sharing repeated symbol pictures in a chart SVG', () => {
  const svg = `<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100"><defs/><g>${image(A, 0)}${image(A, 50)}${image(B, 100)}${image(A, 150, 20)}<text x="1" y="2">Callum Okafor</text></g></svg>`;

  it('defines each distinct picture once and draws every copy where it was', () => {
    const shared = shareRepeatedImages(svg);
    expect(shared.match(/base64,AAAA/g)).toHaveLength(2); // 40 and 20 units wide
    expect(shared.match(/base64,BBBB/g)).toHaveLength(1);
    expect(shared.match(/<use /g)).toHaveLength(4);
    expect(shared).toContain('<use xlink:href="#fenlight-image-1" transform="translate(50, 5)" opacity="1"/>');
    expect(shared).toContain('<text x="1" y="2">Callum Okafor</text>');
    const document = new DOMParser().parseFromString(shared, 'image/svg+xml');
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.querySelectorAll('defs > image')).toHaveLength(3);
  });

  it('stays within what exports may carry (only references inside the drawing)', () => {
    expect(unsafeSvgReason(shareRepeatedImages(svg))).toBeNull();
  });

  it('leaves a drawing without embedded pictures unchanged', () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg"><defs/><path d="M 0 0 L 1 1"/></svg>';
    expect(shareRepeatedImages(plain)).toBe(plain);
  });
});

describe('rounding path coordinates in a chart SVG', () => {
  it('keeps hundredths of a unit in path data and leaves labels and other attributes alone', () => {
    const svg = '<svg><path fill="rgb(1,2,3)" d=" M 132.3679429196248 81.40464978975784 L -0.004 7 L 2.5 3.125"/><text x="1.23456">Flat 2.345678</text></svg>';
    expect(roundPathCoordinates(svg)).toBe('<svg><path fill="rgb(1,2,3)" d=" M 132.37 81.4 L 0 7 L 2.5 3.13"/><text x="1.23456">Flat 2.345678</text></svg>');
  });
});
