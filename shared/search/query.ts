/**
 * The search syntax analysts type in the command palette: words, "phrases", prefix*, and
 * filters — type: grade: handling: marking: district: exploitation: from: to:. Problems with a
 * filter are explained, never silently ignored.
 */
import { districts } from '../domain/districts';
import type { EntityType } from '../domain/entityTypes';
import { exploitationCodes, exploitationLabel, type ExploitationCode } from '../domain/exploitation';
import { parseGradeFilter, type GradeFilter } from '../domain/grading';
import { parseUkDate } from '../format/dates';

export interface ParsedQuery {
  /** Free text for full-text search (words, "phrases", prefix*), or '' when only filters. */
  text: string;
  kinds: Array<'report' | EntityType>;
  grade: GradeFilter | null;
  handling: 'P' | 'C' | null;
  marking: string | null;
  district: string | null;
  exploitation: ExploitationCode | null;
  from: string | null;
  to: string | null;
  /** Filters as understood, for echoing back ("grade: 1-A"). */
  filters: Record<string, string>;
  problems: string[];
}

const FILTERS = ['type', 'grade', 'handling', 'marking', 'district', 'exploitation', 'from', 'to'] as const;

const TYPE_WORDS: Record<string, 'report' | EntityType> = {
  report: 'report',
  reports: 'report',
  person: 'person',
  people: 'person',
  site: 'site',
  sites: 'site',
  address: 'site',
  vehicle: 'vehicle',
  vehicles: 'vehicle',
  phone: 'phone',
  phones: 'phone',
  organisation: 'organisation',
  organization: 'organisation',
  business: 'organisation',
  email: 'email',
  account: 'account',
  document: 'document',
};

function findDistrict(value: string): string | null {
  const lower = value.toLowerCase();
  const match = districts.find((district) => district.code.toLowerCase() === lower || district.name.toLowerCase().replace(/\s+/g, '') === lower.replace(/[\s-]+/g, ''));
  return match?.code ?? null;
}

function findExploitation(value: string): ExploitationCode | null {
  const lower = value.toLowerCase().replace(/[\s-]+/g, '_');
  return (
    exploitationCodes.find((code) => code === lower) ??
    exploitationCodes.find((code) => exploitationLabel(code).toLowerCase().replace(/[\s-]+/g, '_').startsWith(lower)) ??
    null
  );
}

function readDate(value: string): string | null {
  return parseUkDate(value);
}

export function parseSearchQuery(input: string): ParsedQuery {
  const result: ParsedQuery = {
    text: '',
    kinds: [],
    grade: null,
    handling: null,
    marking: null,
    district: null,
    exploitation: null,
    from: null,
    to: null,
    filters: {},
    problems: [],
  };
  const words: string[] = [];
  const pattern = /(\w+):("([^"]*)"|\S+)|"[^"]*"|\S+/g;
  for (const match of input.matchAll(pattern)) {
    const name = match[1]?.toLowerCase();
    if (!name || !(FILTERS as readonly string[]).includes(name)) {
      words.push(match[0]);
      continue;
    }
    const value = (match[3] ?? match[2] ?? '').trim();
    switch (name) {
      case 'type': {
        const kind = TYPE_WORDS[value.toLowerCase()];
        if (kind) {
          result.kinds.push(kind);
          result.filters.type = result.kinds.join(', ');
        } else result.problems.push(`“type:${value}” is not a record type: use report, person, site, vehicle, phone, organisation, email, account or document.`);
        break;
      }
      case 'grade': {
        const grade = parseGradeFilter(value);
        if (grade.ok) {
          result.grade = grade.value;
          result.filters.grade = value.toUpperCase();
        } else result.problems.push(grade.reason);
        break;
      }
      case 'handling':
        if (/^[pc]$/i.test(value)) result.handling = result.filters.handling = value.toUpperCase() as 'P' | 'C';
        else result.problems.push(`“handling:${value}” must be handling:P or handling:C.`);
        break;
      case 'marking':
        result.marking = result.filters.marking = value.toUpperCase();
        break;
      case 'district': {
        const code = findDistrict(value);
        if (code) result.district = result.filters.district = code;
        else result.problems.push(`“district:${value}” is not a Cambridgeshire or Peterborough district.`);
        break;
      }
      case 'exploitation': {
        const code = findExploitation(value);
        if (code) {
          result.exploitation = code;
          result.filters.exploitation = exploitationLabel(code);
        } else result.problems.push(`“exploitation:${value}” is not an exploitation type.`);
        break;
      }
      case 'from':
      case 'to': {
        const date = readDate(value);
        if (date) {
          result[name] = date;
          result.filters[name] = value;
        } else result.problems.push(`“${name}:${value}” is not a date: write it as dd/mm/yyyy.`);
        break;
      }
    }
  }
  result.text = words.join(' ').trim();
  return result;
}

/** True when the query filters on report properties (grading, dates…), which only reports have. */
export function hasReportFilters(query: ParsedQuery): boolean {
  return Boolean(query.grade || query.handling || query.marking || query.district || query.exploitation || query.from || query.to);
}

/**
 * For search-as-you-type: the last word typed is still being typed, so it is searched as a prefix
 * ("IR/2026/00" finds IR/2026/0042). Phrases, filters and words already ending in * are left alone,
 * as is a query that ends with a space (the word is finished).
 */
export function asYouType(query: string): string {
  if (/\s$/.test(query)) return query.trim();
  const match = /(^|\s)([^\s"]+)$/.exec(query);
  if (!match) return query;
  const word = match[2]!;
  if (word.endsWith('*') || /^\w+:/.test(word) || !/[\p{L}\p{N}]$/u.test(word)) return query;
  return `${query}*`;
}
