import type { EntityType } from '@shared/domain/entityTypes';
import { entityTypeLabels } from '@shared/domain/entityTypes';
import { linkStrengthCodes, type LinkStrength } from '@shared/domain/linkStrengths';
import { linkTypes, type LinkType } from '@shared/domain/linkTypes';

/** i2 entity type names and stock icon files for our entity types. */
export const ANX_ENTITY_TYPES: Record<EntityType, { name: string; icon: string; colour: number }> = {
  person: { name: 'Person', icon: 'Person', colour: 0 },
  site: { name: 'Address', icon: 'House', colour: 0 },
  vehicle: { name: 'Vehicle', icon: 'Car', colour: 0 },
  phone: { name: 'Telephone', icon: 'Phone', colour: 0 },
  organisation: { name: 'Organisation', icon: 'Office', colour: 0 },
  email: { name: 'Email Address', icon: 'Email', colour: 0 },
  account: { name: 'Bank Account', icon: 'Account', colour: 0 },
  document: { name: 'Document', icon: 'Document', colour: 0 },
};

/** i2 strength names and dot styles (confidence drawn as the line's dash). */
export const ANX_STRENGTHS: Record<LinkStrength, { name: string; dotStyle: string }> = {
  confirmed: { name: 'Confirmed', dotStyle: 'DotStyleSolid' },
  unconfirmed: { name: 'Unconfirmed', dotStyle: 'DotStyleDashed' },
  tentative: { name: 'Tentative', dotStyle: 'DotStyleDotted' },
};

export const GRADE_ONE = ['1 Reliable', '2 Untested', '3 Not reliable'] as const;
export const GRADE_TWO = [
  'A Known directly to the source',
  'B Known indirectly but corroborated',
  'C Known indirectly to the source',
  'D Not known',
  'E Suspected to be false',
] as const;
export const GRADE_THREE = ['P Lawful sharing permitted', 'C Lawful sharing permitted with conditions'] as const;

/** A suggested Fenlight type for an i2 entity type name; the analyst can change it. */
export function suggestEntityType(anxTypeName: string): EntityType | null {
  const name = anxTypeName.toLowerCase();
  const rules: Array<[RegExp, EntityType]> = [
    [/person|individual|suspect|victim|nominal/, 'person'],
    [/vehicle|car|van|lorry|motor/, 'vehicle'],
    [/phone|mobile|telephone|sim|handset/, 'phone'],
    [/address|location|premises|house|site|building|property/, 'site'],
    [/organi[sz]ation|company|business|firm|agency/, 'organisation'],
    [/e-?mail/, 'email'],
    [/account|bank/, 'account'],
    [/passport|document|identity|licen[cs]e|nino|national insurance/, 'document'],
  ];
  const exact = (Object.keys(ANX_ENTITY_TYPES) as EntityType[]).find(
    (type) => ANX_ENTITY_TYPES[type].name.toLowerCase() === name || entityTypeLabels[type].toLowerCase() === name,
  );
  return exact ?? rules.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

export function linkTypeFromAnx(name: string): LinkType {
  const lower = name.toLowerCase();
  return linkTypes.find((type) => type.label.toLowerCase() === lower || type.code === lower)?.code ?? 'other';
}

export function strengthFromAnx(name: string | undefined): LinkStrength {
  const lower = (name ?? '').toLowerCase();
  return linkStrengthCodes.find((code) => code === lower || ANX_STRENGTHS[code].name.toLowerCase() === lower) ?? 'unconfirmed';
}

/** Windows COLORREF (0x00BBGGRR) from #rrggbb. */
export function colorRef(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  return (b << 16) | (g << 8) | r;
}
