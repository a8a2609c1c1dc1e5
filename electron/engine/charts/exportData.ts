import { entityTypeFtm } from '@shared/domain/entityTypes';
import { formatGrade } from '@shared/domain/grading';
import { linkTypeDef, linkTypeLabel } from '@shared/domain/linkTypes';
import type { EntityFields } from '@shared/schemas/entity';
import type { AnxChartInput } from '../anx/anxModel';
import { toCsv } from '../export/csv';

/** Nodes and links of a chart as two CSV tables (identity, grading and evidence counts included). */
export function chartCsv(input: AnxChartInput): { nodes: string; links: string } {
  const nodes = toCsv(
    ['id', 'type', 'label', 'identity', 'category', 'site_type', 'latitude', 'longitude', 'best_grade', 'evidence_count', 'latest_evidence', 'x', 'y'],
    input.document.nodes.flatMap((node) => {
      const entity = input.entities.get(node.entityId);
      if (!entity) return [];
      const { summary } = entity;
      return [
        [
          summary.id,
          summary.type,
          summary.chartLabel,
          entity.identity,
          summary.category,
          summary.siteType,
          summary.location?.lat ?? null,
          summary.location?.lon ?? null,
          summary.bestGrade ? formatGrade(summary.bestGrade) : null,
          summary.evidenceCount,
          summary.latestEvidenceOn,
          Math.round(node.x),
          Math.round(node.y),
        ],
      ];
    }),
  );
  const links = toCsv(
    ['id', 'from_id', 'to_id', 'type', 'label', 'directed', 'strength', 'valid_from', 'valid_to', 'best_grade', 'evidence_count'],
    [...input.links.values()].map(({ summary }) => [
      summary.id,
      summary.fromId,
      summary.toId,
      summary.type,
      summary.label,
      summary.directed,
      summary.strength,
      summary.validFrom,
      summary.validTo,
      summary.bestGrade ? formatGrade(summary.bestGrade) : null,
      summary.evidenceCount,
    ]),
  );
  return { nodes, links };
}

type FtmProperties = Record<string, string[]>;

function ftmSchema(fields: EntityFields): string | null {
  const mapping = entityTypeFtm[fields.type];
  if (fields.type === 'organisation' && fields.companyNumber) return 'Company';
  if (fields.type === 'document' && fields.documentType === 'passport') return 'Passport';
  return mapping.schema;
}

function ftmProperties(fields: EntityFields): FtmProperties {
  const p: FtmProperties = {};
  const put = (key: string, value: string | null | undefined) => {
    if (value) (p[key] ??= []).push(value);
  };
  switch (fields.type) {
    case 'person':
      put('name', fields.name);
      fields.aliases.forEach((alias) => put('alias', alias));
      put('birthDate', fields.dateOfBirth);
      fields.nationalities.forEach((code) => put('nationality', code.toLowerCase()));
      if (fields.gender !== 'unknown') put('gender', fields.gender);
      if (fields.firstLanguage) put('spokenLanguage', fields.firstLanguage);
      break;
    case 'site':
      put('full', [fields.name, ...fields.lines, fields.town, fields.postcode].filter(Boolean).join(', '));
      put('postalCode', fields.postcode);
      put('city', fields.town);
      put('country', 'gb');
      if (fields.location) {
        put('latitude', String(fields.location.lat));
        put('longitude', String(fields.location.lon));
      }
      break;
    case 'vehicle':
      put('registrationNumber', fields.vrmDisplay);
      put('model', [fields.make, fields.model].filter(Boolean).join(' '));
      put('country', fields.country.toLowerCase());
      break;
    case 'organisation':
      put('name', fields.name);
      fields.aliases.forEach((alias) => put('alias', alias));
      put('registrationNumber', fields.companyNumber);
      put('sector', fields.sector);
      break;
    case 'account':
      put('accountNumber', fields.accountNumber);
      put('iban', fields.iban);
      put('bankName', fields.bankName);
      break;
    case 'document':
      put('number', fields.number);
      put('country', fields.country?.toLowerCase());
      put('type', fields.documentType);
      break;
    case 'phone':
    case 'email':
      break;
  }
  return p;
}

/**
 * FollowTheMoney JSON lines: one entity per line. FtM has no phone or email node, so those become
 * `phone` / `email` properties of the people and organisations linked to them.
 */
export function chartFtm(input: AnxChartInput): string {
  const lines: string[] = [];
  const entities = new Map<string, { schema: string; properties: FtmProperties }>();
  for (const { summary, fields } of input.entities.values()) {
    const schema = ftmSchema(fields);
    if (schema) entities.set(summary.id, { schema, properties: ftmProperties(fields) });
  }
  for (const { summary } of input.links.values()) {
    const from = input.entities.get(summary.fromId);
    const to = input.entities.get(summary.toId);
    if (!from || !to) continue;
    const contact = [from, to].find((end) => end.fields.type === 'phone' || end.fields.type === 'email');
    const party = [from, to].find((end) => end !== contact && entities.has(end.summary.id));
    if (contact && party) {
      const target = entities.get(party.summary.id)!;
      if (contact.fields.type === 'phone') (target.properties.phone ??= []).push(contact.fields.e164);
      if (contact.fields.type === 'email') (target.properties.email ??= []).push(contact.fields.address);
      continue;
    }
    if (!entities.has(summary.fromId) || !entities.has(summary.toId)) continue;
    // FtM's typed edges join legal entities; an address at either end makes it a plain UnknownLink.
    const typed = linkTypeDef(summary.type).ftm;
    const edge = typed && from.fields.type !== 'site' && to.fields.type !== 'site' ? typed : { schema: 'UnknownLink', fromProperty: 'subject', toProperty: 'object' };
    const properties: FtmProperties = { [edge.fromProperty]: [summary.fromId], [edge.toProperty]: [summary.toId], description: [linkTypeLabel(summary.type)] };
    if (summary.validFrom) properties.startDate = [summary.validFrom];
    if (summary.validTo) properties.endDate = [summary.validTo];
    if (edge.schema === 'UnknownLink') properties.role = [linkTypeLabel(summary.type)];
    lines.push(JSON.stringify({ id: summary.id, schema: edge.schema, properties }));
  }
  return [...[...entities].map(([id, entity]) => JSON.stringify({ id, schema: entity.schema, properties: entity.properties })), ...lines].join('\n') + '\n';
}
