/**
 * The legend printed on a chart export: only the symbols and lines the chart actually shows
 * (entity types, link strengths, groups), in the chart's own colours.
 */
import type { ChartDocument } from '@shared/chart/document';
import { entityTypeCodes, entityTypeLabels } from '@shared/domain/entityTypes';
import { linkStrengthCodes, linkStrengthLabels, linkStrengthLineStyles } from '@shared/domain/linkStrengths';
import type { LegendItem } from '@shared/export/frame';
import { entityTypeColours } from '../cy/palette';
import type { EntityItems, LinkItems } from '../model/types';

const LINK_COLOUR = '#607d8b';
const GROUP_COLOUR = '#1f5fa8';

export function chartLegend(document: ChartDocument, entities: EntityItems, links: LinkItems): LegendItem[] {
  const types = new Set(document.nodes.filter((node) => !node.hidden).flatMap((node) => entities.get(node.entityId)?.summary.type ?? []));
  const strengths = new Set(document.links.filter((link) => !link.hidden).flatMap((link) => links.get(link.linkId)?.summary.strength ?? []));
  return [
    ...entityTypeCodes.filter((type) => types.has(type)).map((type): LegendItem => ({ label: entityTypeLabels[type], kind: 'node', colour: entityTypeColours[type], symbol: type })),
    ...linkStrengthCodes
      .filter((strength) => strengths.has(strength))
      .map((strength): LegendItem => ({ label: `${linkStrengthLabels[strength]} link`, kind: 'line', colour: LINK_COLOUR, dash: linkStrengthLineStyles[strength] })),
    ...(document.groups.length > 0 ? [{ label: 'Group', kind: 'area', colour: GROUP_COLOUR } satisfies LegendItem] : []),
  ];
}
