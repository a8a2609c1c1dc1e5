/** What the extractor finds in report text, with offsets into the original string (UTF-16). */
export type ExtractionKind =
  'vrm' | 'postcode' | 'phone' | 'email' | 'nino' | 'gridref' | 'date' | 'known-entity';

export interface Extraction {
  kind: ExtractionKind;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset just past the last character (text.slice(start, end) === text). */
  end: number;
  /** Exactly as written. */
  text: string;
  /** The identity key: VRM without spaces, 'CB1 1JG', E.164, ISO date, folded name… */
  normalised: string;
  /** For known-entity: the vault entity whose name or alias matched. */
  entityId?: string;
  /** For known-entity, when several entities share the name: all of them, entityId first. */
  candidateEntityIds?: string[];
}

/** A name or alias of an entity already in the vault (there may be thousands). */
export interface KnownName {
  entityId: string;
  name: string;
}
