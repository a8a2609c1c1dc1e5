/**
 * Extraction of identifiers and known names from intelligence report text. Precision matters
 * more than recall: a false VRM or phone becomes a false link on a chart, which an analyst may
 * act on, whereas a missed one is still in the text for the analyst to add.
 */
import type { ScanContext, Scanner } from './context';
import { buildNameMatcher, type NameMatcher } from './nameMatcher';
import { resolveOverlaps } from './overlaps';
import { scanEmails, scanNinos, scanPostcodes } from './scanners/codes';
import { scanDates } from './scanners/date';
import { scanGridRefs } from './scanners/gridRef';
import { scanPhones } from './scanners/phone';
import { scanVrms } from './scanners/vrm';
import type { Extraction, KnownName } from './types';

export interface ExtractOptions {
  /** Names and aliases of vault entities. A matcher is built once per array and cached. */
  knownNames?: readonly KnownName[];
  /** A matcher built with buildNameMatcher, to share across calls explicitly (wins over knownNames). */
  nameMatcher?: NameMatcher;
  /** For judging plates' age identifiers. Default now. */
  today?: Date;
}

const SCANNERS: readonly Scanner[] = [
  scanEmails,
  scanPhones,
  scanNinos,
  scanPostcodes,
  scanGridRefs,
  scanDates,
  scanVrms,
];
const matcherCache = new WeakMap<readonly KnownName[], NameMatcher>();

function matcherFor(options: ExtractOptions): NameMatcher | null {
  if (options.nameMatcher) return options.nameMatcher;
  if (!options.knownNames || options.knownNames.length === 0) return null;
  let matcher = matcherCache.get(options.knownNames);
  if (!matcher) {
    matcher = buildNameMatcher(options.knownNames);
    matcherCache.set(options.knownNames, matcher);
  }
  return matcher;
}

/** Every extraction in the text, sorted by start, none overlapping. */
export function extractFromText(text: string, options: ExtractOptions = {}): Extraction[] {
  const context: ScanContext = { text, lower: text.toLowerCase(), today: options.today ?? new Date() };
  const candidates: Extraction[] = SCANNERS.flatMap((scan) => scan(context));
  const matcher = matcherFor(options);
  if (matcher) {
    for (const match of matcher.find(text)) {
      const [entityId, ...others] = match.entityIds;
      const found: Extraction = {
        kind: 'known-entity',
        start: match.start,
        end: match.end,
        text: match.text,
        normalised: match.normalised,
      };
      if (entityId !== undefined) found.entityId = entityId;
      if (others.length > 0) found.candidateEntityIds = [...match.entityIds];
      candidates.push(found);
    }
  }
  return resolveOverlaps(candidates);
}
