import { childrenNamed, descendants, firstChild, type AnxNode } from './anxTree';

/**
 * A schema check for ANX files written from link-analysis.md §3 (the i2 XSD's element order,
 * required attributes and ID references), used on every file Fenlight writes and in tests.
 */
export interface AnxProblem {
  path: string;
  message: string;
}

const TOP_ORDER = [
  'ApplicationVersion',
  'LibraryCatalogue',
  'PropertyBagCollection',
  'CustomImageCollection',
  'GradeOne',
  'GradeTwo',
  'GradeThree',
  'SourceHints',
  'StrengthCollection',
  'AttributeClassCollection',
  'EntityTypeCollection',
  'LinkTypeCollection',
  'Font',
  'DatabaseProxyCollection',
  'DateTimeFormatCollection',
  'CurrentStyleCollection',
  'TimeZone',
  'TimeBar',
  'PrintSettings',
  'Summary',
  'ChartItemCollection',
  'ConnectionCollection',
  'JunctionCollection',
  'GroupCollection',
  'PaletteCollection',
  'PaletteBarCollection',
  'LegendDefinition',
  'SnapshotCollection',
];
const CHART_ITEM_ORDER = ['End', 'Link', 'AttributeCollection', 'CIStyle', 'PropertyBagCollection', 'TimeZone'];
const ENTITY_REPRESENTATIONS = ['Icon', 'Box', 'Circle', 'Event', 'TextBlock', 'Theme', 'OleItem'];
const ENTITY_ORDER = ['Representation', 'DatabaseKeyCollection', 'CardCollection'];
const LINK_ORDER = ['DatabaseKeyCollection', 'CardCollection', 'CornerCollection', 'LinkStyle'];
const DOT_STYLES = ['DotStyleSolid', 'DotStyleDashed', 'DotStyleDotted', 'DotStyleDashDot', 'DotStyleDashDotDot'];
const ATTRIBUTE_TYPES = ['AttText', 'AttNumber', 'AttTime', 'AttFlag'];
const ARROWS = ['ArrowOnHead', 'ArrowOnTail', 'ArrowOnBoth', 'ArrowNone'];
const REPRESENTATIONS = ['RepresentAsIcon', 'RepresentAsBox', 'RepresentAsCircle'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/;

function checkOrder(node: AnxNode, order: string[], path: string, problems: AnxProblem[], classify: (name: string) => string = (name) => name): void {
  let last = -1;
  const seen = new Set<string>();
  for (const child of node.children) {
    const key = classify(child.name);
    const index = order.indexOf(key);
    if (index === -1) {
      problems.push({ path, message: `<${child.name}> is not allowed inside <${node.name}>.` });
      continue;
    }
    if (index < last) problems.push({ path, message: `<${child.name}> is out of order inside <${node.name}> (the schema requires ${order.join(', ')}).` });
    if (seen.has(key)) problems.push({ path, message: `<${child.name}> appears more than once inside <${node.name}>.` });
    seen.add(key);
    last = Math.max(last, index);
  }
}

function requireAttributes(node: AnxNode, names: string[], path: string, problems: AnxProblem[]): void {
  for (const name of names) {
    if (node.attributes[name] === undefined || node.attributes[name] === '') problems.push({ path, message: `<${node.name}> needs the ${name} attribute.` });
  }
}

function oneOf(node: AnxNode, attribute: string, allowed: string[], path: string, problems: AnxProblem[]): void {
  const value = node.attributes[attribute];
  if (value !== undefined && !allowed.includes(value)) problems.push({ path, message: `${attribute}="${value}" on <${node.name}> must be one of ${allowed.join(', ')}.` });
}

function gradeCount(root: AnxNode, list: string): number {
  const element = firstChild(root, list);
  return element ? descendants(element, 'String').length : 0;
}

export function validateAnx(root: AnxNode): AnxProblem[] {
  const problems: AnxProblem[] = [];
  if (root.name !== 'Chart') return [{ path: '/', message: 'The root element must be <Chart>.' }];
  checkOrder(root, TOP_ORDER, '/Chart', problems);

  const ids = new Map<string, string>();
  for (const list of ['GradeOne', 'GradeTwo', 'GradeThree', 'SourceHints']) {
    for (const string of descendants(firstChild(root, list) ?? { name: list, attributes: {}, children: [] }, 'String')) {
      requireAttributes(string, ['Id', 'Text'], `/Chart/${list}`, problems);
      if (ids.has(string.attributes.Id ?? '')) problems.push({ path: `/Chart/${list}`, message: `The Id ${string.attributes.Id} is used twice.` });
      ids.set(string.attributes.Id ?? '', list);
    }
  }
  const strengths = new Set<string>();
  for (const strength of descendants(root, 'Strength')) {
    requireAttributes(strength, ['Id', 'Name', 'DotStyle'], '/Chart/StrengthCollection', problems);
    oneOf(strength, 'DotStyle', DOT_STYLES, '/Chart/StrengthCollection', problems);
    strengths.add(strength.attributes.Name ?? '');
  }
  const attributeClasses = new Set<string>();
  for (const attributeClass of childrenNamed(firstChild(root, 'AttributeClassCollection') ?? { name: '', attributes: {}, children: [] }, 'AttributeClass')) {
    requireAttributes(attributeClass, ['Id', 'Name', 'Type'], '/Chart/AttributeClassCollection', problems);
    oneOf(attributeClass, 'Type', ATTRIBUTE_TYPES, '/Chart/AttributeClassCollection', problems);
    attributeClasses.add(attributeClass.attributes.Name ?? '');
  }
  const entityTypes = new Set<string>();
  for (const entityType of descendants(root, 'EntityType')) {
    requireAttributes(entityType, ['Id', 'Name'], '/Chart/EntityTypeCollection', problems);
    oneOf(entityType, 'PreferredRepresentation', REPRESENTATIONS, '/Chart/EntityTypeCollection', problems);
    entityTypes.add(entityType.attributes.Name ?? '');
  }
  const linkTypes = new Set<string>();
  for (const linkType of descendants(root, 'LinkType')) {
    requireAttributes(linkType, ['Id', 'Name'], '/Chart/LinkTypeCollection', problems);
    linkTypes.add(linkType.attributes.Name ?? '');
  }
  for (const property of descendants(root, 'CustomProperty')) requireAttributes(property, ['Name', 'Type', 'Value'], '/Chart/Summary', problems);

  const grades = { GradeOneIndex: gradeCount(root, 'GradeOne'), GradeTwoIndex: gradeCount(root, 'GradeTwo'), GradeThreeIndex: gradeCount(root, 'GradeThree') };
  const checkCard = (card: AnxNode, path: string) => {
    if (card.children.some((child) => child.name !== 'TimeZone')) problems.push({ path, message: '<Card> may only contain <TimeZone>.' });
    for (const [attribute, count] of Object.entries(grades)) {
      const value = card.attributes[attribute];
      if (value !== undefined && !(Number(value) >= 0 && Number(value) < count)) problems.push({ path, message: `${attribute}="${value}" is not an index into its grade list.` });
    }
    if (card.attributes.DateTime && !DATE_TIME.test(card.attributes.DateTime)) problems.push({ path, message: `DateTime "${card.attributes.DateTime}" must be yyyy-MM-ddTHH:mm:ss.SSS.` });
  };

  const items = childrenNamed(firstChild(root, 'ChartItemCollection') ?? { name: '', attributes: {}, children: [] }, 'ChartItem');
  const entityIds = new Set<string>();
  const itemIds = new Set<string>();
  const links: Array<{ link: AnxNode; path: string }> = [];
  for (const item of items) {
    const path = `/Chart/ChartItemCollection/ChartItem[@Id=${item.attributes.Id ?? '?'}]`;
    requireAttributes(item, ['Id'], path, problems);
    if (itemIds.has(item.attributes.Id ?? '')) problems.push({ path, message: `ChartItem Id ${item.attributes.Id} is used twice.` });
    itemIds.add(item.attributes.Id ?? '');
    checkOrder(item, CHART_ITEM_ORDER, path, problems);
    const end = firstChild(item, 'End');
    const link = firstChild(item, 'Link');
    if (Boolean(end) === Boolean(link)) problems.push({ path, message: 'A <ChartItem> holds exactly one <End> or <Link>.' });
    for (const attribute of descendants(item, 'Attribute')) {
      requireAttributes(attribute, ['AttributeClass', 'Value'], path, problems);
      if (!attributeClasses.has(attribute.attributes.AttributeClass ?? '')) problems.push({ path, message: `Attribute class "${attribute.attributes.AttributeClass}" is not declared.` });
    }
    if (end) {
      const entity = firstChild(end, 'Entity');
      if (!entity) {
        problems.push({ path, message: '<End> must contain an <Entity>.' });
        continue;
      }
      requireAttributes(entity, ['EntityId', 'Identity'], path, problems);
      if (entityIds.has(entity.attributes.EntityId ?? '')) problems.push({ path, message: `EntityId ${entity.attributes.EntityId} is used twice.` });
      entityIds.add(entity.attributes.EntityId ?? '');
      checkOrder(entity, ENTITY_ORDER, path, problems, (name) => (ENTITY_REPRESENTATIONS.includes(name) ? 'Representation' : name));
      for (const style of descendants(entity, 'IconStyle')) {
        if (!entityTypes.has(style.attributes.Type ?? '')) problems.push({ path, message: `Entity type "${style.attributes.Type}" is not declared.` });
      }
      for (const card of descendants(entity, 'Card')) checkCard(card, path);
    }
    if (link) links.push({ link, path });
  }
  for (const { link, path } of links) {
    requireAttributes(link, ['End1Id', 'End2Id'], path, problems);
    checkOrder(link, LINK_ORDER, path, problems);
    for (const end of ['End1Id', 'End2Id']) {
      if (!entityIds.has(link.attributes[end] ?? '')) problems.push({ path, message: `${end}="${link.attributes[end]}" does not refer to an entity on the chart.` });
    }
    if (link.attributes.End1Id === link.attributes.End2Id) problems.push({ path, message: 'A link cannot join an entity to itself.' });
    const style = firstChild(link, 'LinkStyle');
    if (style) {
      if (!linkTypes.has(style.attributes.Type ?? '')) problems.push({ path, message: `Link type "${style.attributes.Type}" is not declared.` });
      if (style.attributes.Strength !== undefined && !strengths.has(style.attributes.Strength)) problems.push({ path, message: `Strength "${style.attributes.Strength}" is not declared.` });
      oneOf(style, 'ArrowStyle', ARROWS, path, problems);
    }
    for (const card of descendants(link, 'Card')) checkCard(card, path);
  }
  return problems;
}
