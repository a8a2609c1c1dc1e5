/**
 * Which chart items the filters leave out (to be dimmed or hidden): date range, minimum grading,
 * link strength, exploitation type, data-subject category, and the area drawn on the map (entities
 * outside it, and links with an end outside it). Pure, so the panel, the canvas and the analysis
 * ("analyse what I can see") all agree.
 */
import type { ChartDocument, ChartFilters } from '@shared/chart/document';
import type { ChartItemFacts } from '@shared/contract/calls/chart';
import { exploitationParent, type ExploitationCode } from '@shared/domain/exploitation';
import { intelligenceAssessmentCodes, sourceEvaluationCodes } from '@shared/domain/grading';
import type { EntityItems, LinkItems } from './types';

export interface FilteredOut {
  entityIds: ReadonlySet<string>;
  linkIds: ReadonlySet<string>;
}

export const NOTHING_FILTERED: FilteredOut = { entityIds: new Set(), linkIds: new Set() };

export function filtersActive(filters: ChartFilters): boolean {
  return Boolean(
    filters.from ||
    filters.to ||
    filters.minGrade ||
    filters.strengths?.length ||
    filters.exploitationTypes?.length ||
    filters.categories?.length,
  );
}

/** Bits of every (source, assessment) pair at least as good as the minimum in both parts (as shared/graph/grades.ts). */
export function thresholdMask(minimum: NonNullable<ChartFilters['minGrade']>): number {
  const sMax = sourceEvaluationCodes.indexOf(minimum.source);
  const aMax = intelligenceAssessmentCodes.indexOf(minimum.assessment);
  let mask = 0;
  for (let s = 0; s <= sMax; s++)
    for (let a = 0; a <= aMax; a++) mask |= 1 << (s * intelligenceAssessmentCodes.length + a);
  return mask;
}

/** Whether [first, last] overlaps [from, to]; an undated item passes any range. */
export function overlaps(
  first: string | null,
  last: string | null,
  from: string | undefined,
  to: string | undefined,
): boolean {
  if (first === null && last === null) return true;
  const start = first ?? last!;
  const end = last ?? first!;
  return (from === undefined || end.slice(0, 10) >= from) && (to === undefined || start.slice(0, 10) <= to);
}

function matchesExploitation(facts: ChartItemFacts, wanted: ReadonlySet<string>): boolean {
  return facts.exploitationTypes.some(
    (code) => wanted.has(code) || wanted.has(exploitationParent(code as ExploitationCode) ?? ''),
  );
}

/**
 * `inside` is the set of entity ids inside the area drawn on the map (null: no area). It is not
 * part of the chart's own filters because the map, the chart and the lists share one area.
 */
export function computeFilteredOut(
  doc: ChartDocument,
  entities: EntityItems,
  links: LinkItems,
  inside: ReadonlySet<string> | null = null,
): FilteredOut {
  const filters = doc.filters;
  if (!filtersActive(filters) && inside === null) return NOTHING_FILTERED;
  const grades = filters.minGrade ? thresholdMask(filters.minGrade) : null;
  const strengths = filters.strengths?.length ? new Set<string>(filters.strengths) : null;
  const exploitation = filters.exploitationTypes?.length ? new Set(filters.exploitationTypes) : null;
  const categories = filters.categories?.length ? new Set<string>(filters.categories) : null;

  const entityIds = new Set<string>();
  for (const node of doc.nodes) {
    const item = entities.get(node.entityId);
    if (!item) continue;
    const { facts, summary } = item;
    const passes =
      (inside === null || inside.has(node.entityId)) &&
      overlaps(facts.firstOn, facts.lastOn, filters.from, filters.to) &&
      (grades === null || (facts.gradeMask & grades) !== 0) &&
      (exploitation === null || matchesExploitation(facts, exploitation)) &&
      // Only people have a data-subject category: sites, vehicles and phones stay in view.
      (categories === null || summary.category === null || categories.has(summary.category));
    if (!passes) entityIds.add(node.entityId);
  }

  const linkIds = new Set<string>();
  for (const link of doc.links) {
    const item = links.get(link.linkId);
    if (!item) continue;
    const { facts, summary } = item;
    // A link's own validity dates say when it held; without them, its reports' dates do.
    const dated = summary.validFrom !== null || summary.validTo !== null;
    const passes =
      !entityIds.has(summary.fromId) &&
      !entityIds.has(summary.toId) &&
      (inside === null || (inside.has(summary.fromId) && inside.has(summary.toId))) &&
      (dated
        ? overlaps(summary.validFrom, summary.validTo, filters.from, filters.to)
        : overlaps(facts.firstOn, facts.lastOn, filters.from, filters.to)) &&
      (grades === null || (facts.gradeMask & grades) !== 0) &&
      (strengths === null || strengths.has(summary.strength)) &&
      (exploitation === null || matchesExploitation(facts, exploitation));
    if (!passes) linkIds.add(link.linkId);
  }
  return { entityIds, linkIds };
}

/** The earliest and latest dates on the chart, for the time slider's ends. */
export function chartDateRange(
  doc: ChartDocument,
  entities: EntityItems,
  links: LinkItems,
): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  const take = (value: string | null) => {
    if (value === null) return;
    const day = value.slice(0, 10);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  };
  for (const node of doc.nodes) {
    const facts = entities.get(node.entityId)?.facts;
    take(facts?.firstOn ?? null);
    take(facts?.lastOn ?? null);
  }
  for (const link of doc.links) {
    const item = links.get(link.linkId);
    if (!item) continue;
    take(item.summary.validFrom);
    take(item.summary.validTo);
    take(item.facts.firstOn);
    take(item.facts.lastOn);
  }
  return first !== null && last !== null ? { first, last } : null;
}
