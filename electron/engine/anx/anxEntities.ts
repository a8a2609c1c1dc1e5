import { dataSubjectCategoryCodes, dataSubjectCategoryLabels } from '@shared/domain/dataSubjects';
import type { EntityType } from '@shared/domain/entityTypes';
import { siteTypeCodes, siteTypeLabels } from '@shared/domain/siteTypes';
import { documentTypeCodes, documentTypeLabels, type EntityInput } from '@shared/schemas/entity';
import { parseUkDate } from '@shared/format/dates';

function byLabel<T extends string>(codes: readonly T[], labels: Record<T, string>, text: string | undefined): T | undefined {
  if (!text) return undefined;
  const lower = text.toLowerCase();
  return codes.find((code) => code === lower || labels[code].toLowerCase() === lower);
}

function date(text: string | undefined): string | null {
  if (!text) return null;
  return parseUkDate(text.slice(0, 10)) ?? parseUkDate(text);
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Removes the " (12/04/1990)" or " (c. 30)" Fenlight adds to a person's chart label. */
function personName(label: string): string {
  return label.replace(/\s*\((\d{2}\/\d{2}\/\d{4}|c\. \d+[^)]*)\)\s*$/, '').trim();
}

/**
 * An entity as Fenlight would enter it, from an ANX chart item's label and attributes. The real
 * entity schema then validates it (bad identifiers are rejected with their reason).
 */
export function entityFromAnx(type: EntityType, label: string, attributes: Record<string, string>): EntityInput {
  const a = (name: string) => attributes[name]?.trim() || undefined;
  switch (type) {
    case 'person': {
      const estimated = a('Estimated Age');
      return {
        type,
        name: personName(label),
        aliases: list(a('Aliases')),
        dateOfBirth: date(a('Date of Birth')),
        estimatedAge: estimated ? Number.parseInt(estimated, 10) || null : null,
        ageDisputed: /disputed/i.test(estimated ?? ''),
        category: byLabel(dataSubjectCategoryCodes, dataSubjectCategoryLabels, a('Data Subject Category')) ?? 'other',
      };
    }
    case 'vehicle':
      return { type, vrm: a('VRM') ?? label, country: a('Country of Registration') ?? 'GB', make: a('Make'), model: a('Model'), colour: a('Colour') };
    case 'phone':
      return { type, number: a('Telephone Number') ?? label, imei: a('IMEI') ?? null };
    case 'site': {
      const lat = Number(a('Latitude'));
      const lon = Number(a('Longitude'));
      const address = list((a('Address') ?? '').replace(/,\s*/g, ';'));
      return {
        type,
        name: address.length === 0 ? label : undefined,
        lines: address.slice(0, 6),
        postcode: a('Postcode') ?? null,
        location: Number.isFinite(lat) && Number.isFinite(lon) && a('Latitude') && a('Longitude') ? { lat, lon } : null,
        gridRef: a('Latitude') ? null : (a('Grid Reference') ?? null),
        siteType: byLabel(siteTypeCodes, siteTypeLabels, a('Site Type')) ?? 'other',
      };
    }
    case 'organisation':
      return { type, name: label, aliases: list(a('Aliases')), companyNumber: a('Companies House Number') ?? null, sector: a('Sector') };
    case 'email':
      return { type, address: a('Email Address') ?? label };
    case 'account':
      return { type, sortCode: a('Sort Code') ?? null, accountNumber: a('Account Number') ?? null, iban: a('IBAN') ?? null };
    case 'document':
      return {
        type,
        documentType: byLabel(documentTypeCodes, documentTypeLabels, a('Document Type')) ?? 'other',
        number: a('Document Number') ?? label,
        country: a('Issuing Country') ?? null,
      };
  }
}
