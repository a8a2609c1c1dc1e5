/**
 * What an extraction becomes when the analyst adds it as an entity, and how highlighted text is
 * cut into plain-text pieces (never markup: report text is untrusted).
 */
import type { EntityType } from '@shared/domain/entityTypes';
import type { Extraction, ExtractionKind } from '@shared/extraction/types';
import type { EntityInput } from '@shared/schemas/entity';

export const extractionKindLabels: Record<ExtractionKind, string> = {
  vrm: 'Vehicle registration',
  postcode: 'Postcode',
  phone: 'Phone number',
  email: 'Email address',
  nino: 'National Insurance number',
  gridref: 'Grid reference',
  date: 'Date',
  'known-entity': 'Known entity',
};

/**
 * The entity input for an identifier found in the text, built from its normalised form (the
 * identity key the engine checks for duplicates). Dates and names already in the vault are not
 * new entities: null.
 */
export function entityInputFor(extraction: Extraction): EntityInput | null {
  const value = extraction.normalised;
  switch (extraction.kind) {
    case 'vrm':
      return { type: 'vehicle', vrm: value };
    case 'phone':
      return { type: 'phone', number: value };
    case 'postcode':
      return { type: 'site', postcode: value, siteType: 'other' };
    case 'email':
      return { type: 'email', address: value };
    case 'nino':
      return { type: 'document', documentType: 'nino', number: value };
    case 'gridref':
      return { type: 'site', gridRef: value, siteType: 'other' };
    case 'date':
    case 'known-entity':
      return null;
  }
}

/** The entity type an extraction would become, for the button's explanation. */
export function entityTypeFor(extraction: Extraction): EntityType | null {
  return entityInputFor(extraction)?.type ?? null;
}

/** One finding per identity: the same phone written twice, or in both texts, is one entity. */
export function findingKey(extraction: Extraction): string {
  return `${extraction.kind}:${extraction.normalised}`;
}

export function uniqueFindings(lists: readonly Extraction[][]): Extraction[] {
  const seen = new Map<string, Extraction>();
  for (const list of lists) for (const extraction of list) if (!seen.has(findingKey(extraction))) seen.set(findingKey(extraction), extraction);
  return [...seen.values()];
}

export interface TextPiece {
  text: string;
  extraction: Extraction | null;
}

/**
 * The text cut at the extractions' offsets. Pieces join back to exactly the text; extractions
 * that overlap an earlier one or fall outside the text (stale offsets while typing) are skipped.
 */
export function textPieces(text: string, extractions: readonly Extraction[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let position = 0;
  const ordered = [...extractions].sort((a, b) => a.start - b.start);
  for (const extraction of ordered) {
    if (extraction.start < position || extraction.end > text.length || extraction.end <= extraction.start) continue;
    if (text.slice(extraction.start, extraction.end) !== extraction.text) continue;
    if (extraction.start > position) pieces.push({ text: text.slice(position, extraction.start), extraction: null });
    pieces.push({ text: extraction.text, extraction });
    position = extraction.end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position), extraction: null });
  return pieces;
}
