/**
 * Two scanners can claim the same characters ('CB1 1JG' is a postcode; after "reg" its first
 * half could be a dateless plate). Keep the longer match; on a tie, the more specific kind.
 */
import type { Extraction, ExtractionKind } from './types';

/** Lower wins a tie: kinds with checksums or rigid shapes before looser ones. */
const SPECIFICITY: Readonly<Record<ExtractionKind, number>> = {
  email: 0,
  phone: 1,
  nino: 2,
  postcode: 3,
  gridref: 4,
  date: 5,
  vrm: 6,
  'known-entity': 7,
};

export function resolveOverlaps(candidates: readonly Extraction[]): Extraction[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || SPECIFICITY[a.kind] - SPECIFICITY[b.kind] || a.start - b.start,
  );
  const kept: Extraction[] = [];
  for (const candidate of ranked) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
