/**
 * Entities as the UI (or an importer) sends them: one schema per type, discriminated by `type`.
 * Identifiers are validated and normalised here (VRM, E.164, postcode, grid reference…), so the
 * stored form is canonical and identity keys are reliable. Field names follow FollowTheMoney where
 * sensible (name, alias, birthDate → dateOfBirth, nationality, registrationNumber → companyNumber).
 */
import { z } from 'zod';
import { isCountryCode } from '../domain/countries';
import { dataSubjectCategoryCodes, statementBasisCodes } from '../domain/dataSubjects';
import { districtCodes } from '../domain/districts';
import { isLanguageCode } from '../domain/languages';
import { competentAuthorityCodes, nrmOutcomeCodes, supportTypeCodes } from '../domain/nrm';
import { siteTypeCodes } from '../domain/siteTypes';
import { parseCompanyNumber } from '../identifiers/companyNumber';
import { parseEmail } from '../identifiers/email';
import { parseGridRef } from '../identifiers/gridRef';
import { parseImei } from '../identifiers/imei';
import { parseIban, parseUkBankAccount } from '../identifiers/bankAccount';
import { parseNino } from '../identifiers/nino';
import { parsePhone } from '../identifiers/phone';
import { parsePostcode } from '../identifiers/postcode';
import { parseVrm } from '../identifiers/vrm';
import type { ParseResult } from '../identifiers/result';
import { codeField, isoDateField, optionalText, requiredText } from './fields';

/** Runs an identifier parser inside a schema: its reason becomes the field's message. */
function parsed<T, R>(parse: (value: T) => ParseResult<R>) {
  return (value: T, ctx: z.RefinementCtx): R => {
    const result = parse(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.value;
  };
}

const optionalDate = (label: string) => isoDateField(label).nullable().optional().transform((value) => value ?? null);
const nullableText = (label: string, max: number) =>
  optionalText(label, max).transform((value) => (value === '' ? null : value));
const textList = (label: string, max: number) =>
  z
    .array(requiredText(label, max, { singleLine: true }), { error: `${label} must be a list.` })
    .max(50, { error: `${label} can have at most 50 entries.` })
    .optional()
    .transform((values) => [...new Set(values ?? [])]);
const country = (label: string) =>
  z
    .string({ error: `${label} must be a country code.` })
    .trim()
    .transform((value) => value.toUpperCase())
    .refine(isCountryCode, { error: `${label} must be a two-letter country code such as GB, RO or LT.` });
const language = (label: string) =>
  z
    .string({ error: `${label} must be a language code.` })
    .trim()
    .transform((value) => value.toLowerCase())
    .refine(isLanguageCode, { error: `${label} must be a language code such as ro, lt, sq or vi.` });

const nrmDecision = (label: string) =>
  z
    .strictObject({ outcome: codeField(nrmOutcomeCodes, `${label} outcome`, `${label} outcome must be positive, negative, pending or withdrawn.`), date: optionalDate(`${label} date`) })
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** Support and NRM details kept for victims and potential victims (domain.md §4.2, §7). */
const victimSupport = z
  .strictObject({
    nrmReferralDate: optionalDate('NRM referral date'),
    nrmReference: nullableText('NRM reference', 64),
    competentAuthority: codeField(competentAuthorityCodes, 'Competent authority', 'Competent authority must be SCA or IECA.').nullable().optional().transform((value) => value ?? null),
    reasonableGrounds: nrmDecision('Reasonable grounds decision'),
    conclusiveGrounds: nrmDecision('Conclusive grounds decision'),
    dutyToNotify: z.boolean({ error: 'Duty to Notify (MS1) must be yes or no.' }).optional().transform((value) => value ?? false),
    hubReferral: z.boolean({ error: 'Hub support referral must be yes or no.' }).optional().transform((value) => value ?? false),
    hubReferralDate: optionalDate('Hub referral date'),
    coordinator: nullableText('Coordinator', 100),
    supportTypes: z.array(codeField(supportTypeCodes, 'Support types', 'Support types must be chosen from the list.')).optional().transform((values) => [...new Set(values ?? [])]),
    closedOn: optionalDate('Support closed date'),
  })
  .nullable()
  .optional()
  .transform((value) => value ?? null);

export const personSchema = z
  .strictObject({
    type: z.literal('person'),
    name: requiredText('Name', 200, { singleLine: true }),
    aliases: textList('Aliases', 200),
    dateOfBirth: optionalDate('Date of birth'),
    estimatedAge: z.number({ error: 'Estimated age must be a number of years.' }).int().min(0).max(120, { error: 'Estimated age must be between 0 and 120.' }).nullable().optional().transform((value) => value ?? null),
    ageDisputed: z.boolean().optional().transform((value) => value ?? false),
    gender: z.enum(['female', 'male', 'other', 'unknown'], { error: 'Gender must be female, male, other or unknown.' }).optional().transform((value) => value ?? 'unknown'),
    nationalities: z.array(country('Nationality')).max(5).optional().transform((values) => [...new Set(values ?? [])]),
    firstLanguage: language('First language').nullable().optional().transform((value) => value ?? null),
    otherLanguages: z.array(language('Other languages')).max(10).optional().transform((values) => [...new Set(values ?? [])]),
    interpreterNeeded: z.boolean().optional().transform((value) => value ?? false),
    category: codeField(dataSubjectCategoryCodes, 'Data subject category', 'Data subject category must be suspect, convicted, victim, potential victim, witness or other (DPA 2018 s38).'),
    statementBasis: codeField(statementBasisCodes, 'Basis', 'Basis must be fact or assessment.').optional().transform((value) => value ?? 'assessment'),
    victim: victimSupport,
  })
  .superRefine((person, ctx) => {
    if (person.dateOfBirth !== null && person.estimatedAge !== null) {
      ctx.addIssue({ code: 'custom', path: ['estimatedAge'], message: 'Give a date of birth or an estimated age, not both.' });
    }
    if (person.victim !== null && person.category !== 'victim' && person.category !== 'potential_victim') {
      ctx.addIssue({ code: 'custom', path: ['victim'], message: 'NRM and support details are kept only for victims and potential victims.' });
    }
  });

export const siteSchema = z
  .strictObject({
    type: z.literal('site'),
    name: nullableText('Site name', 200),
    lines: z.array(requiredText('Address line', 200, { singleLine: true })).max(6).optional().transform((values) => values ?? []),
    town: nullableText('Town', 100),
    postcode: z.string().trim().nullable().optional().transform((value, ctx) => (value ? parsed(parsePostcode)(value, ctx).normalised : null)),
    location: z
      .strictObject({ lat: z.number().min(49).max(61, { error: 'Latitude is outside the UK.' }), lon: z.number().min(-9).max(2.5, { error: 'Longitude is outside the UK.' }) })
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    gridRef: z.string().trim().nullable().optional().transform((value, ctx) => (value ? parsed(parseGridRef)(value, ctx) : null)),
    siteType: codeField(siteTypeCodes, 'Site type', 'Site type must be chosen from the list.'),
    district: codeField(districtCodes, 'District', 'District must be one of the six Cambridgeshire and Peterborough districts.').nullable().optional().transform((value) => value ?? null),
  })
  .superRefine((site, ctx) => {
    if (!site.name && site.lines.length === 0 && !site.postcode && !site.location && !site.gridRef) {
      ctx.addIssue({ code: 'custom', message: 'An address or site needs at least a name, an address line, a postcode or a location.' });
    }
  })
  .transform(({ gridRef, location, ...site }) => ({
    ...site,
    // A grid reference is a way of entering a location: it is stored as both.
    location: location ?? (gridRef ? { lat: round6(gridRef.lat), lon: round6(gridRef.lon) } : null),
    gridRef: gridRef ? gridRef.display : null,
  }));

export const vehicleSchema = z
  .strictObject({
    type: z.literal('vehicle'),
    vrm: z.string({ error: 'Registration mark (VRM) is required.' }).trim().min(1, { error: 'Registration mark (VRM) is required.' }),
    country: country('Country of registration').optional().transform((value) => value ?? 'GB'),
    make: nullableText('Make', 60),
    model: nullableText('Model', 60),
    colour: nullableText('Colour', 40),
  })
  .transform((vehicle, ctx) => {
    const vrm = parsed((raw: string) => parseVrm(raw, { country: vehicle.country }))(vehicle.vrm, ctx);
    return { ...vehicle, vrm: vrm.normalised, vrmDisplay: vrm.display, vrmFormat: vrm.format };
  });

export const phoneSchema = z
  .strictObject({
    type: z.literal('phone'),
    number: z.string({ error: 'Phone number is required.' }).trim().min(1, { error: 'Phone number is required.' }),
    imei: z.string().trim().nullable().optional().transform((value, ctx) => (value ? parsed(parseImei)(value, ctx).normalised : null)),
  })
  .transform((phone, ctx) => {
    const number = parsed((raw: string) => parsePhone(raw))(phone.number, ctx);
    return { type: phone.type, e164: number.e164, national: number.national, phoneType: number.type, imei: phone.imei };
  });

export const organisationSchema = z.strictObject({
  type: z.literal('organisation'),
  name: requiredText('Name', 200, { singleLine: true }),
  aliases: textList('Other names', 200),
  companyNumber: z.string().trim().nullable().optional().transform((value, ctx) => (value ? parsed(parseCompanyNumber)(value, ctx).normalised : null)),
  sector: nullableText('Sector', 100),
});

export const emailSchema = z
  .strictObject({ type: z.literal('email'), address: z.string({ error: 'Email address is required.' }).trim() })
  .transform((email, ctx) => ({ type: email.type, address: parsed(parseEmail)(email.address, ctx).normalised }));

export const accountSchema = z
  .strictObject({
    type: z.literal('account'),
    sortCode: z.string().trim().nullable().optional(),
    accountNumber: z.string().trim().nullable().optional(),
    iban: z.string().trim().nullable().optional(),
    bankName: nullableText('Bank', 100),
  })
  .transform((account, ctx) => {
    if (account.iban) {
      const iban = parsed(parseIban)(account.iban, ctx);
      return { type: account.type, sortCode: null, accountNumber: null, iban: iban.normalised, bankName: account.bankName };
    }
    if (!account.sortCode || !account.accountNumber) {
      ctx.addIssue({ code: 'custom', message: 'A bank account needs a sort code and account number, or an IBAN.' });
      return z.NEVER;
    }
    const uk = parsed(parseUkBankAccount)({ sortCode: account.sortCode, accountNumber: account.accountNumber }, ctx);
    return { type: account.type, sortCode: uk.sortCode, accountNumber: uk.accountNumber, iban: null, bankName: account.bankName };
  });

export const documentTypeCodes = ['passport', 'id_card', 'nino', 'driving_licence', 'residence_permit', 'other'] as const;
export type DocumentType = (typeof documentTypeCodes)[number];
export const documentTypeLabels: Record<DocumentType, string> = {
  passport: 'Passport',
  id_card: 'Identity card',
  nino: 'National Insurance number',
  driving_licence: 'Driving licence',
  residence_permit: 'Residence permit',
  other: 'Other document',
};

export const documentSchema = z
  .strictObject({
    type: z.literal('document'),
    documentType: codeField(documentTypeCodes, 'Document type', 'Document type must be passport, identity card, National Insurance number, driving licence, residence permit or other.'),
    number: requiredText('Document number', 64, { singleLine: true }),
    country: country('Issuing country').nullable().optional().transform((value) => value ?? null),
    holderName: nullableText('Name on document', 200),
  })
  .transform((document, ctx) => {
    if (document.documentType === 'nino') {
      const nino = parsed(parseNino)(document.number, ctx);
      return { ...document, number: nino.normalised, country: 'GB' };
    }
    return { ...document, number: document.number.toUpperCase().replace(/[\s-]+/g, '') };
  });

export const entityInputSchema = z.discriminatedUnion(
  'type',
  [personSchema, siteSchema, vehicleSchema, phoneSchema, organisationSchema, emailSchema, accountSchema, documentSchema],
  { error: 'Entity type must be person, site, vehicle, phone, organisation, email, account or document.' },
);

export type EntityInput = z.input<typeof entityInputSchema>;
export type EntityFields = z.output<typeof entityInputSchema>;
export type EntityFieldsOf<T extends EntityFields['type']> = Extract<EntityFields, { type: T }>;

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
