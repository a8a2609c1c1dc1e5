/**
 * The demo dataset as plain data: reports as the report schema takes them, entities as the
 * entity schema takes them, and links and evidence that refer to entities and links by a local
 * key (entities have no vault id until they are stored). Nothing here is validated yet: the
 * `demo.load` job puts every item through the real schemas.
 */
import type { EntityInput } from '@shared/schemas/entity';
import type { LinkInput } from '@shared/schemas/link';
import type { ReportInput } from '@shared/schemas/report';

export interface DemoEntity {
  /** `<type>:<identity key>`, so an entity met again in a later case is the same entity. */
  key: string;
  entity: EntityInput;
}

export interface DemoLink {
  /** Unique within the dataset: `L<case>.<n>`. */
  key: string;
  from: string;
  to: string;
  link: Omit<LinkInput, 'fromId' | 'toId'>;
}

export interface DemoEvidence {
  target: { entity: string } | { link: string };
  urn: string;
  note: string;
}

/**
 * A slice of the dataset, whole cases only. An entity appears in the first batch that needs
 * it; a later batch's links and evidence may refer to it by key.
 */
export interface DemoBatch {
  /** How many cases (stories) the batch holds. */
  cases: number;
  reports: ReportInput[];
  entities: DemoEntity[];
  links: DemoLink[];
  evidence: DemoEvidence[];
}

export interface DemoDataset extends DemoBatch {
  seed: number;
  /** The date the dataset was generated for (no report date is later). */
  today: string;
}

export interface DemoOptions {
  /** How many reports (exactly). */
  reports: number;
  seed: number;
  /** yyyy-mm-dd: today in Europe/London, from the engine clock. */
  today: string;
}
