import { XMLParser } from 'fast-xml-parser';

/** An XML element as parsed for validation and import: name, attributes, children in order. */
export interface AnxNode {
  name: string;
  attributes: Record<string, string>;
  children: AnxNode[];
}

type Ordered = Array<Record<string, unknown>>;

function convert(items: Ordered): AnxNode[] {
  const nodes: AnxNode[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ':@');
    if (!name || name.startsWith('#') || name.startsWith('?')) continue;
    const attributes = (item[':@'] as Record<string, string> | undefined) ?? {};
    nodes.push({ name, attributes: { ...attributes }, children: convert((item[name] as Ordered | undefined) ?? []) });
  }
  return nodes;
}

/**
 * Parses ANX text into an ordered tree. External entities and DTDs are not processed (the
 * parser does not resolve them), so an imported file cannot reach outside itself.
 */
export function parseAnx(text: string): AnxNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    processEntities: true,
    // Also decodes numeric character references such as &#10; (line breaks in attribute values).
    htmlEntities: true,
    allowBooleanAttributes: true,
  });
  const roots = convert(parser.parse(text) as Ordered);
  const root = roots[0];
  if (!root) throw new Error('The file has no XML root element.');
  return root;
}

export function childrenNamed(node: AnxNode, name: string): AnxNode[] {
  return node.children.filter((child) => child.name === name);
}

export function firstChild(node: AnxNode, name: string): AnxNode | undefined {
  return node.children.find((child) => child.name === name);
}

/** Every descendant with this name, depth first. */
export function descendants(node: AnxNode, name: string): AnxNode[] {
  const out: AnxNode[] = [];
  const walk = (current: AnxNode) => {
    for (const child of current.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}
