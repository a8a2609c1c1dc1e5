import { linkTypeLabel } from '@shared/domain/linkTypes';
import type { EvidenceItem } from '@shared/records';
import { sourceEvaluationCodes, intelligenceAssessmentCodes, handlingCodes } from '@shared/domain/grading';
import { ATTRIBUTE_CLASSES, entityAttributes } from './attributes';
import type { AnxChartInput } from './anxModel';
import { ANX_ENTITY_TYPES, ANX_STRENGTHS, GRADE_ONE, GRADE_THREE, GRADE_TWO } from './vocabulary';
import { el, renderXml, type XmlElement } from './xml';

function stringCollection(prefix: string, texts: readonly string[]): XmlElement {
  return el('StringCollection', {}, texts.map((text, index) => el('String', { Id: `${prefix}${index + 1}`, Text: text })));
}

function anxDate(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00.000`;
}

/** One i2 card per supporting report: grading as GradeOne/Two/Three, URN as source reference. */
function card(item: EvidenceItem, sourceType: string, text: string): XmlElement {
  const conditions = item.grade.handling === 'C' ? `Handling code C — ${item.handlingConditions}\n\n` : '';
  return el('Card', {
    Summary: `${item.urn} ${item.title}`.slice(0, 250),
    Text: `${conditions}${text}${item.note ? `\n\nNote: ${item.note}` : ''}`,
    DateSet: 'true',
    TimeSet: 'false',
    DateTime: anxDate(item.occurredOn ?? item.receivedOn),
    SourceReference: item.urn,
    SourceType: sourceType,
    GradeOneIndex: sourceEvaluationCodes.indexOf(item.grade.source),
    GradeTwoIndex: intelligenceAssessmentCodes.indexOf(item.grade.assessment),
    GradeThreeIndex: handlingCodes.indexOf(item.grade.handling),
  });
}

/**
 * An i2 Analyst's Notebook exchange (ANX) file for a chart, in the element order of the ANB
 * schema: grade lists, strengths, attribute classes, entity and link types, the summary (with the
 * protective marking as the Classification property), then the chart items.
 */
export function writeAnx(input: AnxChartInput): string {
  const usedEntityTypes = [...new Set([...input.entities.values()].map((entity) => entity.summary.type))];
  const usedLinkTypes = [...new Set([...input.links.values()].map((link) => link.summary.type))];
  const sourceTypes = [
    ...new Set([...input.entities.values(), ...input.links.values()].flatMap((item) => [...item.sourceTypes.values()])),
  ].sort();

  const items: XmlElement[] = [];
  let counter = 0;
  for (const node of input.document.nodes) {
    const entity = input.entities.get(node.entityId);
    if (!entity) continue;
    counter += 1;
    const type = ANX_ENTITY_TYPES[entity.summary.type];
    const attributes = entityAttributes(entity.fields);
    items.push(
      el('ChartItem', { Id: `CI${counter}`, Label: entity.summary.chartLabel, XPosition: Math.round(node.x) }, [
        el('End', { X: Math.round(node.x), Y: Math.round(node.y) }, [
          el('Entity', { EntityId: entity.summary.id, Identity: entity.identity, LabelIsIdentity: 'false' }, [
            el('Icon', {}, [el('IconStyle', { Type: type.name })]),
            ...(entity.evidence.length > 0
              ? [el('CardCollection', {}, entity.evidence.map((item) => card(item, entity.sourceTypes.get(item.reportId) ?? '', input.reportText.get(item.reportId) ?? '')))]
              : []),
          ]),
        ]),
        ...(attributes.length > 0 ? [el('AttributeCollection', {}, attributes.map(([name, value]) => el('Attribute', { AttributeClass: name, Value: value })))] : []),
      ]),
    );
  }
  for (const chartLink of input.document.links) {
    const link = input.links.get(chartLink.linkId);
    if (!link || !input.entities.has(link.summary.fromId) || !input.entities.has(link.summary.toId)) continue;
    counter += 1;
    const label = linkTypeLabel(link.summary.type);
    items.push(
      el('ChartItem', { Id: `CI${counter}`, Label: label }, [
        el('Link', { End1Id: link.summary.fromId, End2Id: link.summary.toId }, [
          ...(link.evidence.length > 0
            ? [el('CardCollection', {}, link.evidence.map((item) => card(item, link.sourceTypes.get(item.reportId) ?? '', input.reportText.get(item.reportId) ?? '')))]
            : []),
          el('LinkStyle', { Type: label, Strength: ANX_STRENGTHS[link.summary.strength].name, ArrowStyle: link.summary.directed ? 'ArrowOnHead' : 'ArrowNone' }),
        ]),
      ]),
    );
  }

  const chart = el('Chart', { IdReferenceLinking: 'false', Rigorous: 'true' }, [
    el('ApplicationVersion', { Name: 'Fenlight', Major: 1, Minor: 0 }),
    el('GradeOne', {}, [stringCollection('G1-', GRADE_ONE)]),
    el('GradeTwo', {}, [stringCollection('G2-', GRADE_TWO)]),
    el('GradeThree', {}, [stringCollection('G3-', GRADE_THREE)]),
    el('SourceHints', {}, [stringCollection('SH-', sourceTypes.length > 0 ? sourceTypes : ['Intelligence report'])]),
    el(
      'StrengthCollection',
      {},
      Object.values(ANX_STRENGTHS).map((strength, index) => el('Strength', { Id: `S${index + 1}`, Name: strength.name, DotStyle: strength.dotStyle })),
    ),
    el('AttributeClassCollection', {}, ATTRIBUTE_CLASSES.map((name, index) => el('AttributeClass', { Id: `AC${index + 1}`, Name: name, Type: 'AttText', ShowValue: 'true', Visible: 'true' }))),
    el(
      'EntityTypeCollection',
      {},
      usedEntityTypes.map((type, index) => el('EntityType', { Id: `ET${index + 1}`, Name: ANX_ENTITY_TYPES[type].name, IconFile: ANX_ENTITY_TYPES[type].icon, PreferredRepresentation: 'RepresentAsIcon' })),
    ),
    el('LinkTypeCollection', {}, usedLinkTypes.map((type, index) => el('LinkType', { Id: `LT${index + 1}`, Name: linkTypeLabel(type), Colour: 0 }))),
    el('Summary', {}, [
      el('FieldCollection', {}, [
        el('Field', { Type: 'SummaryFieldTitle', Field: input.title }),
        el('Field', { Type: 'SummaryFieldAuthor', Field: input.author }),
      ]),
      el('CustomPropertyCollection', {}, [
        el('CustomProperty', { Name: 'Classification', Type: 'String', Value: input.marking }),
        ...(input.handlingConditions.length > 0
          ? [el('CustomProperty', { Name: 'Handling Conditions', Type: 'String', Value: input.handlingConditions.join(' | ') })]
          : []),
        el('CustomProperty', { Name: 'Exported', Type: 'String', Value: input.exportedAt }),
      ]),
    ]),
    el('ChartItemCollection', {}, items),
  ]);
  return renderXml(chart);
}
