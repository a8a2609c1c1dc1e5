export type { Extraction, ExtractionKind, KnownName } from './types';
export { extractFromText, type ExtractOptions } from './extract';
export { buildNameMatcher, type NameMatch, type NameMatcher, type NameMatcherOptions } from './nameMatcher';
