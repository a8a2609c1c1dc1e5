import type { RecordStores } from '../../electron/engine/records/recordStores';

/** Creates `count` plain people ("Person 0" …) straight through the stores; call inside a transaction. */
export function createPeople(stores: RecordStores, count: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      stores.entities.create({
        type: 'person',
        name: `Person ${i}`,
        aliases: [],
        dateOfBirth: null,
        estimatedAge: null,
        ageDisputed: false,
        gender: 'unknown',
        nationalities: [],
        firstLanguage: null,
        otherLanguages: [],
        interpreterNeeded: false,
        category: 'other',
        statementBasis: 'fact',
        victim: null,
      }),
    );
  }
  return ids;
}

/** A confirmed, undirected associate link between two entities. */
export function linkAssociates(stores: RecordStores, fromId: string, toId: string): void {
  stores.links.create({ fromId, toId, type: 'associate', directed: false, strength: 'confirmed', validFrom: null, validTo: null, notes: '' });
}
