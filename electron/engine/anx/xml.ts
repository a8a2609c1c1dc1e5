/**
 * A minimal XML writer: elements with attributes and children, escaped so that text from the
 * vault (names, report text) can never break the document. Characters XML 1.0 forbids are dropped.
 */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | null | undefined>;
  children?: XmlElement[];
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n|\r|\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

export function el(name: string, attributes: XmlElement['attributes'] = {}, children: XmlElement[] = []): XmlElement {
  return { name, attributes, children };
}

function render(element: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(element.attributes ?? {})
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const children = element.children ?? [];
  if (children.length === 0) {
    out.push(`${indent}<${element.name}${attributes}/>`);
    return;
  }
  out.push(`${indent}<${element.name}${attributes}>`);
  for (const child of children) render(child, depth + 1, out);
  out.push(`${indent}</${element.name}>`);
}

export function renderXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, 0, out);
  return `${out.join('\n')}\n`;
}
