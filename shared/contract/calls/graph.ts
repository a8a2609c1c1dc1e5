import { z } from 'zod';
import { call } from '../define';
import { intelligenceAssessmentCodes, sourceEvaluationCodes } from '../../domain/grading';
import { linkStrengthCodes } from '../../domain/linkStrengths';
import { linkTypeCodes, type LinkType } from '../../domain/linkTypes';
import { isoDateField } from '../../schemas/fields';
import type { EntitySummary, LinkSummary } from '../../records';

/**
 * Vault-wide graph questions, answered by the engine over every link in the vault (a chart's
 * own analysis runs on the chart's graph with shared/graph instead). Each call is a
 * consultation (DPA 2018 s62): one CONSULT entry listing the entities returned.
 */

const id = (label: string) => z.string({ error: `${label} is required.` }).trim().min(1, { error: `${label} is required.` }).max(128);

/** The most entities one neighbourhood may return (the chart's comfortable ceiling). */
export const GRAPH_NEIGHBOURS_MAX = 5_000;
/** The most links one answer may return; beyond it the answer says it was truncated. */
export const GRAPH_LINKS_MAX = 20_000;
/** Connecting-network pairs grow with the square of the required entities. */
export const GRAPH_CONNECT_MAX = 30;

/**
 * Which links a search may walk. Dates keep links valid at some time in [from, to] (open ends
 * and undated links always pass); `minGrade` keeps links with at least one supporting report
 * graded at least that well in BOTH parts given (see shared/graph/grades.ts); a link with no
 * evidence fails any minimum grade.
 */
const linkFilterShape = {
  linkTypes: z.array(z.enum(linkTypeCodes as [LinkType, ...LinkType[]])).max(linkTypeCodes.length).optional(),
  strengths: z.array(z.enum(linkStrengthCodes)).max(linkStrengthCodes.length).optional(),
  from: isoDateField('From').optional(),
  to: isoDateField('To').optional(),
  minGrade: z
    .strictObject({ source: z.enum(sourceEvaluationCodes).optional(), assessment: z.enum(intelligenceAssessmentCodes).optional() })
    .optional(),
  /** Walk directed links only along their arrows (undirected links both ways). */
  followDirection: z.boolean().default(false),
};

function datesInOrder(value: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the date range cannot be before its start.' });
  }
}

export type GraphLinkFilter = {
  linkTypes?: LinkType[] | undefined;
  strengths?: Array<(typeof linkStrengthCodes)[number]> | undefined;
  from?: string | undefined;
  to?: string | undefined;
  minGrade?: { source?: (typeof sourceEvaluationCodes)[number] | undefined; assessment?: (typeof intelligenceAssessmentCodes)[number] | undefined } | undefined;
  followDirection: boolean;
};

/** How requested ids were understood: merged ids stand for their survivor; deleted ones are missing. */
export interface GraphSeedNotes {
  merged: Record<string, string>;
  missing: string[];
}

export interface GraphNeighbourhood extends GraphSeedNotes {
  /** Nearest first (the seeds first of all); `depths` gives each one's distance in links. */
  entities: EntitySummary[];
  depths: number[];
  /** Every allowed link between two returned entities. */
  links: LinkSummary[];
  /** True when `limit` (or the link ceiling) left out entities or links within reach. */
  truncated: boolean;
  tookMs: number;
}

export interface GraphPath {
  entityIds: string[];
  linkIds: string[];
}

export interface GraphPathResult extends GraphSeedNotes {
  found: boolean;
  /** Links on each shortest path; null when there is none. */
  length: number | null;
  /** Up to `maxPaths` of the tied shortest paths. */
  paths: GraphPath[];
  totalPaths: number;
  /** False only when a time-ordered search could not list every tied path. */
  complete: boolean;
  /** Every entity and link on any tied shortest path, in path order, for the chart. */
  entities: EntitySummary[];
  links: LinkSummary[];
  tookMs: number;
}

export interface GraphConnectingNetwork extends GraphSeedNotes {
  /** The required entities first, then the intermediaries. */
  entities: EntitySummary[];
  links: LinkSummary[];
  /** Fewest links between each pair of required entities; null when not connected. */
  pairs: Array<{ fromId: string; toId: string; length: number | null }>;
  tookMs: number;
}

export const graphCalls = {
  /** The chart's "expand": entities within `depth` links of `ids`, with the links among them. */
  'graph.neighbours': call(
    z
      .strictObject({
        ids: z.array(id('Entity')).min(1, { error: 'Choose at least one entity to expand.' }).max(GRAPH_NEIGHBOURS_MAX),
        depth: z.number().int().min(1).max(3, { error: 'Expand at most three links out.' }).default(1),
        limit: z.number().int().min(1).max(GRAPH_NEIGHBOURS_MAX).default(500),
        ...linkFilterShape,
      })
      .superRefine(datesInOrder),
  ).returns<GraphNeighbourhood>(),
  /** i2 Find Path across the whole vault: fewest links, every tied path. */
  'graph.findPath': call(
    z
      .strictObject({
        fromId: id('From entity'),
        toId: id('To entity'),
        /** Each link must start no earlier than the one before (see shared/graph/timedPaths.ts). */
        timeOrdered: z.boolean().default(false),
        undatedLinks: z.enum(['exclude', 'carry']).default('exclude'),
        maxLength: z.number().int().min(1).max(50).optional(),
        maxPaths: z.number().int().min(1).max(100).default(25),
        ...linkFilterShape,
      })
      .superRefine(datesInOrder),
  ).returns<GraphPathResult>(),
  /** i2 Find Connecting Network: the shortest paths between every pair of `ids`, with the intermediaries. */
  'graph.connectingNetwork': call(
    z
      .strictObject({
        ids: z.array(id('Entity')).min(2, { error: 'Choose at least two entities to connect.' }).max(GRAPH_CONNECT_MAX, { error: `Connect at most ${GRAPH_CONNECT_MAX} entities at once.` }),
        maxLength: z.number().int().min(1).max(50).optional(),
        ...linkFilterShape,
      })
      .superRefine(datesInOrder),
  ).returns<GraphConnectingNetwork>(),
};
