/**
 * Government Security Classifications (GSC, Cabinet Office; reference/domain.md §2) as Fenlight
 * uses them. The tiers are OFFICIAL, SECRET and TOP SECRET; Fenlight is a standalone tool that
 * holds OFFICIAL information only. "SENSITIVE" is a handling caveat on OFFICIAL, not a tier, and
 * may carry one descriptor from a list the force configures: `OFFICIAL-SENSITIVE PERSONAL DATA`.
 */
import { parsed, quoted, refused, type ParseResult } from './parseResult';

export const DEFAULT_MARKING = 'OFFICIAL-SENSITIVE';

/**
 * Descriptors offered when a vault has not configured its own. Descriptors are not codewords;
 * forces add local ones (some use OPERATIONAL, which no Cabinet Office source lists).
 */
export const DEFAULT_DESCRIPTORS: readonly string[] = ['PERSONAL DATA', 'COMMERCIAL', 'LOCSEN'];

export const descriptorHelp: Record<string, string> = {
  'PERSONAL DATA': 'Can identify a living person, for example a victim, witness or suspect. Most victim records carry it.',
  COMMERCIAL: 'Commercially sensitive information, for example about a business, whose disclosure could damage commercial interests.',
  LOCSEN: 'Information that locally engaged staff overseas must not see.',
};

export const markingLevels = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
export type MarkingLevel = (typeof markingLevels)[number];

export const markingLevelHelp: Record<MarkingLevel, string> = {
  OFFICIAL: 'Most public-sector information, including routine law enforcement information. Could cause damage if lost, but has no heightened threat profile.',
  'OFFICIAL-SENSITIVE': 'OFFICIAL information needing extra care and a strict need to know, such as personal data about victims or details of investigations. SENSITIVE is a handling caveat, not a higher classification.',
};

export interface Marking {
  classification: 'OFFICIAL';
  sensitive: boolean;
  descriptor: string | null;
  /** Canonical text, in capitals: `OFFICIAL`, `OFFICIAL-SENSITIVE` or `OFFICIAL-SENSITIVE PERSONAL DATA`. */
  text: string;
}

export function formatMarking({ sensitive, descriptor }: Pick<Marking, 'sensitive' | 'descriptor'>): string {
  if (!sensitive) return 'OFFICIAL';
  return descriptor ? `OFFICIAL-SENSITIVE ${descriptor}` : 'OFFICIAL-SENSITIVE';
}

/** Upper case with runs of white space made single, so "official  sensitive" compares equal. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

const ABOVE_OFFICIAL = /^(TOP SECRET|SECRET)\b/;

/** Government Protective Marking Scheme words, replaced by the GSC on 2 April 2014. */
const LEGACY_GPMS = /^(NOT PROTECTIVELY MARKED|UNCLASSIFIED|PROTECT|RESTRICTED|CONFIDENTIAL)\b/;

/** A descriptor may follow the caveat after a space, or after a spaced dash as the MoD writes it. */
const OFFICIAL_SENSITIVE = /^OFFICIAL(?: ?[-–] ?| )SENSITIVE(?:(?: [-–] | )(.+))?$/;

function listDescriptors(descriptors: readonly string[]): string {
  if (descriptors.length === 0) return 'none are set up';
  if (descriptors.length === 1) return descriptors[0]!;
  return `${descriptors.slice(0, -1).join(', ')} or ${descriptors[descriptors.length - 1]!}`;
}

/**
 * Reads a protective marking (case and spacing are forgiven; the result is in capitals).
 * Refuses SECRET and TOP SECRET, legacy GPMS markings, unknown descriptors, and a descriptor on
 * plain OFFICIAL (descriptors qualify OFFICIAL-SENSITIVE).
 */
export function parseMarking(text: string, descriptors: readonly string[] = DEFAULT_DESCRIPTORS): ParseResult<Marking> {
  const value = normalise(text);
  if (value === '') return refused('Protective marking is required: use OFFICIAL or OFFICIAL-SENSITIVE.');

  const above = ABOVE_OFFICIAL.exec(value);
  if (above) {
    return refused(
      `${above[1]!} material cannot be held in Fenlight. Fenlight is a standalone tool for OFFICIAL and OFFICIAL-SENSITIVE information only; ${above[1]!} material must stay on systems approved for that classification.`,
    );
  }

  const legacy = LEGACY_GPMS.exec(value);
  if (legacy) {
    return refused(
      `${legacy[1]!} is a marking from the old Government Protective Marking Scheme, which has no direct equivalent today. Re-mark the material under the Government Security Classifications (OFFICIAL or OFFICIAL-SENSITIVE), with its owner’s agreement.`,
    );
  }

  if (value === 'OFFICIAL') return parsed({ classification: 'OFFICIAL', sensitive: false, descriptor: null, text: 'OFFICIAL' });

  const sensitive = OFFICIAL_SENSITIVE.exec(value);
  if (sensitive) {
    const given = sensitive[1];
    if (given === undefined) {
      return parsed({ classification: 'OFFICIAL', sensitive: true, descriptor: null, text: 'OFFICIAL-SENSITIVE' });
    }
    const known = descriptors.map(normalise);
    if (!known.includes(given)) {
      return refused(
        `Protective marking descriptor ${quoted(given)} is not one set up for this vault (${listDescriptors(known)}).`,
      );
    }
    return parsed({ classification: 'OFFICIAL', sensitive: true, descriptor: given, text: `OFFICIAL-SENSITIVE ${given}` });
  }

  const onOfficial = /^OFFICIAL (?:[-–] )?(.+)$/.exec(value);
  if (onOfficial && descriptors.map(normalise).includes(onOfficial[1]!)) {
    return refused(
      `Protective marking descriptors qualify OFFICIAL-SENSITIVE: write OFFICIAL-SENSITIVE ${onOfficial[1]!}.`,
    );
  }

  return refused(
    `Protective marking ${quoted(text)} is not recognised: use OFFICIAL or OFFICIAL-SENSITIVE, optionally followed by a descriptor (${listDescriptors(descriptors.map(normalise))}).`,
  );
}

/** At most this many descriptors per vault: a pick list, not a free-text field. */
export const MAX_DESCRIPTORS = 12;

/**
 * Checks the descriptor list a force sets up for a vault: capitals, letters, digits, spaces and
 * hyphens, 2–40 characters, no duplicates, and nothing that reads as a classification (a
 * descriptor is a handling signal on OFFICIAL-SENSITIVE, never a tier or a GPMS word).
 */
export function parseDescriptorList(list: readonly string[]): ParseResult<string[]> {
  const result: string[] = [];
  for (const raw of list) {
    const value = normalise(raw);
    if (value === '') continue;
    if (!/^[A-Z0-9][A-Z0-9 -]{0,38}[A-Z0-9]$/.test(value)) {
      return refused(
        `Descriptor ${quoted(raw)} is not usable: use 2 to 40 letters, digits, spaces or hyphens, for example PERSONAL DATA.`,
      );
    }
    if (ABOVE_OFFICIAL.test(value) || LEGACY_GPMS.test(value) || /^OFFICIAL\b/.test(value) || value === 'SENSITIVE') {
      return refused(
        `${quoted(raw)} reads as a classification, not a descriptor. Descriptors qualify OFFICIAL-SENSITIVE, for example PERSONAL DATA or COMMERCIAL.`,
      );
    }
    if (result.includes(value)) return refused(`Descriptor ${value} is listed twice.`);
    result.push(value);
  }
  if (result.length > MAX_DESCRIPTORS) {
    return refused(`A vault can offer at most ${MAX_DESCRIPTORS} descriptors; ${result.length} were given.`);
  }
  return parsed(result);
}

/** 0 OFFICIAL, 1 OFFICIAL-SENSITIVE, 2 OFFICIAL-SENSITIVE with a descriptor. */
export function markingRank({ sensitive, descriptor }: Pick<Marking, 'sensitive' | 'descriptor'>): number {
  if (!sensitive) return 0;
  return descriptor ? 2 : 1;
}

export interface CombinedMarking {
  classification: 'OFFICIAL';
  sensitive: boolean;
  /** Every distinct descriptor in the list, in alphabetical order (so banners are stable). */
  descriptors: string[];
  /** Banner text: `OFFICIAL-SENSITIVE PERSONAL DATA`, or with two descriptors `OFFICIAL-SENSITIVE COMMERCIAL / PERSONAL DATA`. */
  text: string;
}

/**
 * The marking a page, chart or export showing all of `markings` must carry.
 *
 * Decision: descriptors are handling signals, so none is dropped. When items carry different
 * descriptors the result keeps them all (OFFICIAL-SENSITIVE COMMERCIAL / PERSONAL DATA) rather
 * than picking one. That combined text is for banners only and is not itself a marking a record
 * can be given. Returns null for an empty list: the caller decides what an empty page shows
 * (normally DEFAULT_MARKING).
 */
export function highestMarking(markings: readonly Pick<Marking, 'sensitive' | 'descriptor'>[]): CombinedMarking | null {
  if (markings.length === 0) return null;
  const sensitive = markings.some((marking) => marking.sensitive);
  const descriptors = [
    ...new Set(markings.flatMap((marking) => (marking.sensitive && marking.descriptor ? [marking.descriptor] : []))),
  ].sort();
  const text = sensitive ? ['OFFICIAL-SENSITIVE', descriptors.join(' / ')].filter(Boolean).join(' ') : 'OFFICIAL';
  return { classification: 'OFFICIAL', sensitive, descriptors, text };
}
