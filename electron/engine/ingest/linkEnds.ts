/**
 * Finding a link's ends from keys written the way an analyst would write them: "AB12 CDE",
 * "07700 900123", "PE13 2AB, 14 Mill Road", "Ionut Popescu, 12/03/1990", "CH:01234567". Each key
 * is turned into a minimal entity and normalised by the entity schema and identityKey, exactly
 * as stored identities are, so spacing, case and diacritics do not matter.
 */
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { identityKey } from '@shared/entities/describe';
import { entityTypeLabels, type EntityType } from '@shared/domain/entityTypes';
import { parseUkDate } from '@shared/format/dates';
import { parseCompanyNumber } from '@shared/identifiers/companyNumber';
import { foldName } from '@shared/identifiers/names';
import { parseNino } from '@shared/identifiers/nino';
import { normalisePostcode } from '@shared/identifiers/postcode';
import { entityInputSchema, type DocumentType, type EntityInput } from '@shared/schemas/entity';
import type { VaultDatabase } from '../vault/database';
import { RowRejected } from './rowProblem';

/** A trailing date of birth: "Name, 12/03/1990", "Name (12/03/1990)", "Name|1990-03-12". */
const TRAILING_DATE = /^(.*?)[\s,|(]+(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\)?\s*$/;

function parts(key: string): string[] {
  return key
    .split(/[,|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export class LinkEndResolver {
  private readonly exact: Statement;
  private readonly byPrefix: Statement;
  private readonly organisationByName: Statement;

  constructor(db: VaultDatabase) {
    this.exact = db.prepare('SELECT id FROM entity WHERE type = ? AND identity_key = ? AND merged_into IS NULL').pluck();
    this.byPrefix = db.prepare('SELECT id FROM entity WHERE type = ? AND substr(identity_key, 1, ?) = ? AND merged_into IS NULL LIMIT 3').pluck();
    this.organisationByName = db
      .prepare("SELECT DISTINCT e.id FROM entity e JOIN entity_name n ON n.entity_id = e.id WHERE e.type = 'organisation' AND n.folded = ? AND e.merged_into IS NULL LIMIT 3")
      .pluck();
  }

  /** The entity id for one end, or a rejection naming the key column and what to fix. */
  resolve(type: EntityType, key: string, column: string): string {
    const written = key.trim();
    if (written === '') throw new RowRejected(column, `${column === 'from_key' ? 'From key' : 'To key'} is required: the VRM, phone number, name or address that identifies the ${entityTypeLabels[type].toLowerCase()}.`);
    const found = this.find(type, written, column);
    if (found === null) {
      throw new RowRejected(
        column,
        `No ${entityTypeLabels[type].toLowerCase()} matching “${written}” is in the vault: import it first (an entities file), or check the key.`,
      );
    }
    return found;
  }

  private find(type: EntityType, key: string, column: string): string | null {
    switch (type) {
      case 'person':
        return this.person(key, column);
      case 'site':
        return this.site(key, column);
      case 'organisation':
        return this.organisation(key, column);
      case 'vehicle': {
        // A foreign plate is written with its country: "RO:B 123 ABC" or "B 123 ABC (RO)".
        const prefixed = /^([A-Za-z]{2}):\s*(.+)$/.exec(key);
        const suffixed = /^(.+?)\s*\(([A-Za-z]{2})\)$/.exec(key);
        if (prefixed) return this.byIdentity({ type: 'vehicle', vrm: prefixed[2]!, country: prefixed[1]!.toUpperCase() }, column);
        if (suffixed) return this.byIdentity({ type: 'vehicle', vrm: suffixed[1]!, country: suffixed[2]!.toUpperCase() }, column);
        return this.byIdentity({ type: 'vehicle', vrm: key }, column);
      }
      case 'phone':
        return this.byIdentity({ type: 'phone', number: key }, column);
      case 'email':
        return this.byIdentity({ type: 'email', address: key }, column);
      case 'account': {
        const uk = /^(\d{2}[-\s]?\d{2}[-\s]?\d{2})[\s,/|]+(\d{6,10})$/.exec(key);
        return this.byIdentity(uk ? { type: 'account', sortCode: uk[1]!, accountNumber: uk[2]! } : { type: 'account', iban: key }, column);
      }
      case 'document': {
        if (parseNino(key).ok) return this.byIdentity({ type: 'document', documentType: 'nino', number: key }, column);
        const [documentType = '', number = '', country] = key.split(':').map((part) => part.trim());
        if (number === '') {
          throw new RowRejected(column, `A document key is the document type and number, e.g. “passport:123456789:RO” (a National Insurance number on its own is enough).`);
        }
        return this.byIdentity({ type: 'document', documentType: documentType.toLowerCase() as DocumentType, number, ...(country ? { country } : {}) }, column);
      }
    }
  }

  /** Normalises a minimal entity through the schema; a key that is not a valid identifier is refused with the parser's reason. */
  private identityOf(input: EntityInput, column: string): { type: EntityType; key: string } {
    const parsed = entityInputSchema.safeParse(input);
    if (!parsed.success) throw new RowRejected(column, parsed.error.issues[0]?.message ?? 'That key is not valid.');
    const key = identityKey(parsed.data);
    if (key === null) throw new RowRejected(column, 'That key does not identify anything.');
    return { type: parsed.data.type, key };
  }

  private byIdentity(input: EntityInput, column: string): string | null {
    const { type, key } = this.identityOf(input, column);
    return (this.exact.get(type, key) as string | undefined) ?? null;
  }

  /** Exactly one entity whose identity starts with the prefix; two or more is ambiguous. */
  private unique(type: EntityType, prefix: string, column: string, ambiguous: string): string | null {
    const ids = this.byPrefix.all(type, prefix.length, prefix) as string[];
    if (ids.length > 1) throw new RowRejected(column, ambiguous);
    return ids[0] ?? null;
  }

  private person(key: string, column: string): string | null {
    const dated = TRAILING_DATE.exec(key);
    if (dated) {
      const dateOfBirth = parseUkDate(dated[2]!);
      if (dateOfBirth === null) throw new RowRejected(column, `The date of birth in “${key}” is not a real date (dates are read day first, dd/mm/yyyy).`);
      return this.byIdentity({ type: 'person', name: dated[1]!, dateOfBirth, category: 'other' }, column);
    }
    const exact = this.byIdentity({ type: 'person', name: key, category: 'other' }, column);
    if (exact !== null) return exact;
    // No date of birth given: any one person of that name will do, but never a guess between two.
    return this.unique('person', `${foldName(key)}|`, column, `More than one person called “${key}” is in the vault: add the date of birth to the key, e.g. “${key}, 12/03/1990”.`);
  }

  private site(key: string, column: string): string | null {
    const pieces = parts(key);
    const postcode = pieces.map((piece) => normalisePostcode(piece)).find((value): value is string => value !== null) ?? null;
    const rest = pieces.filter((piece) => normalisePostcode(piece) === null);
    const line = rest[0];
    const town = rest.length > 1 ? rest[rest.length - 1] : undefined;
    if (postcode !== null && line === undefined) {
      const exact = this.byIdentity({ type: 'site', postcode, siteType: 'other' }, column);
      if (exact !== null) return exact;
      return this.unique('site', `${postcode}|`, column, `More than one address with postcode ${postcode} is in the vault: add the first line, e.g. “${postcode}, 14 Mill Road”.`);
    }
    if (line === undefined) return null;
    return this.byIdentity({ type: 'site', postcode, lines: [line], ...(town !== undefined ? { town } : {}), siteType: 'other' }, column);
  }

  private organisation(key: string, column: string): string | null {
    const number = parseCompanyNumber(key.replace(/^CH:\s*/i, ''));
    if (number.ok) {
      const byNumber = this.byIdentity({ type: 'organisation', name: key, companyNumber: number.value.normalised }, column);
      if (byNumber !== null) return byNumber;
    }
    const byName = this.byIdentity({ type: 'organisation', name: key }, column);
    if (byName !== null) return byName;
    // An organisation with a company number is keyed on the number: find it by its name too.
    const ids = this.organisationByName.all(foldName(key)) as string[];
    if (ids.length > 1) throw new RowRejected(column, `More than one organisation called “${key}” is in the vault: use its company number instead, e.g. “CH:01234567”.`);
    return ids[0] ?? null;
  }
}
