/**
 * Link types for the chart: what each means, whether it is directed by default, which entity
 * types may stand at each end, and the FollowTheMoney edge schema it is exported as where one
 * exists (reference/link-analysis.md §4). Labels read from the `from` end: "person Lives at site".
 */
import { entityTypeCodes, entityTypeLabels, type EntityType } from './entityTypes';
import { isOneOf } from './parseResult';

/** An FtM edge schema, and which of its properties holds the link's `from` and `to` ends. */
export interface FtmEdgeMapping {
  schema: 'Associate' | 'Family' | 'Employment' | 'Ownership' | 'Directorship' | 'Membership' | 'Payment' | 'UnknownLink';
  fromProperty: string;
  toProperty: string;
  /** When the mapping only fits some of the allowed ends. */
  note?: string;
}

export interface LinkTypeDef {
  code: string;
  label: string;
  directed: boolean;
  from: readonly EntityType[];
  to: readonly EntityType[];
  ftm: FtmEdgeMapping | null;
  help?: string;
}

const ANY = entityTypeCodes;
const PARTIES = ['person', 'organisation'] as const satisfies readonly EntityType[];

export const linkTypes = [
  { code: 'lives_at', label: 'Lives at', directed: true, from: ['person'], to: ['site'], ftm: null },
  {
    code: 'works_at',
    label: 'Works at',
    directed: true,
    from: ['person'],
    to: ['site', 'organisation'],
    ftm: { schema: 'Employment', fromProperty: 'employee', toProperty: 'employer', note: 'Only when the far end is an organisation.' },
  },
  {
    code: 'registered_keeper',
    label: 'Registered keeper',
    directed: true,
    from: PARTIES,
    to: ['vehicle'],
    ftm: null,
    help: 'The DVLA registered keeper, who is not necessarily the owner or the driver.',
  },
  { code: 'drives', label: 'Drives', directed: true, from: ['person'], to: ['vehicle'], ftm: null },
  {
    code: 'associate',
    label: 'Associate',
    directed: false,
    from: ['person'],
    to: ['person'],
    ftm: { schema: 'Associate', fromProperty: 'person', toProperty: 'associate' },
  },
  {
    code: 'family',
    label: 'Family',
    directed: false,
    from: ['person'],
    to: ['person'],
    ftm: { schema: 'Family', fromProperty: 'person', toProperty: 'relative' },
  },
  {
    code: 'controls_or_exploits',
    label: 'Controls or exploits',
    directed: true,
    from: PARTIES,
    to: ['person', 'account', 'document'],
    ftm: null,
    help: 'Control of a person, or of their bank account or identity documents (all indicators of exploitation).',
  },
  {
    code: 'employs',
    label: 'Employs',
    directed: true,
    from: PARTIES,
    to: ['person'],
    ftm: { schema: 'Employment', fromProperty: 'employer', toProperty: 'employee' },
  },
  { code: 'uses_phone', label: 'Uses phone', directed: true, from: PARTIES, to: ['phone'], ftm: null },
  {
    code: 'visited',
    label: 'Visited',
    directed: true,
    from: ['person', 'vehicle'],
    to: ['site'],
    ftm: null,
    help: 'Including a vehicle seen at a site, for example by ANPR or CCTV.',
  },
  {
    code: 'owns',
    label: 'Owns',
    directed: true,
    from: PARTIES,
    to: ['site', 'vehicle', 'organisation', 'account', 'phone'],
    ftm: { schema: 'Ownership', fromProperty: 'owner', toProperty: 'asset' },
  },
  {
    code: 'directs',
    label: 'Directs',
    directed: true,
    from: PARTIES,
    to: ['organisation'],
    ftm: { schema: 'Directorship', fromProperty: 'director', toProperty: 'organization' },
  },
  {
    code: 'member_of',
    label: 'Member of',
    directed: true,
    from: PARTIES,
    to: ['organisation'],
    ftm: { schema: 'Membership', fromProperty: 'member', toProperty: 'organization' },
  },
  {
    code: 'paid',
    label: 'Paid',
    directed: true,
    from: ['person', 'organisation', 'account'],
    to: ['person', 'organisation', 'account'],
    ftm: {
      schema: 'Payment',
      fromProperty: 'payer',
      toProperty: 'beneficiary',
      note: 'An account at either end is written as payerAccount or beneficiaryAccount.',
    },
  },
  { code: 'travelled_with', label: 'Travelled with', directed: false, from: ['person'], to: ['person'], ftm: null },
  { code: 'recruited', label: 'Recruited', directed: true, from: PARTIES, to: ['person'], ftm: null },
  {
    code: 'transported',
    label: 'Transported',
    directed: true,
    from: PARTIES,
    to: ['person'],
    ftm: null,
    help: 'Arranging or facilitating travel, including within the UK (Modern Slavery Act 2015 s2).',
  },
  {
    code: 'other',
    label: 'Other',
    directed: false,
    from: ANY,
    to: ANY,
    ftm: { schema: 'UnknownLink', fromProperty: 'subject', toProperty: 'object' },
    help: 'Any other relationship: describe it in the notes.',
  },
] as const satisfies readonly LinkTypeDef[];

export type LinkType = (typeof linkTypes)[number]['code'];
export const linkTypeCodes = linkTypes.map((linkType) => linkType.code) as readonly LinkType[];

export const isLinkType = (value: unknown): value is LinkType => isOneOf(linkTypeCodes, value);

const byCode = new Map<string, LinkTypeDef>(linkTypes.map((linkType) => [linkType.code, linkType]));

export function linkTypeDef(code: LinkType): LinkTypeDef {
  const def = byCode.get(code);
  if (!def) throw new RangeError(`Unknown link type: ${code}`);
  return def;
}

export function linkTypeLabel(code: LinkType): string {
  return linkTypeDef(code).label;
}

/** Whether a new link of this type is directed unless the analyst says otherwise. */
export function linkDirectedByDefault(code: LinkType): boolean {
  return linkTypeDef(code).directed;
}

function describeTypes(types: readonly EntityType[]): string {
  const words = types.map((type) => entityTypeLabels[type].toLowerCase());
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`;
  return `${/^[aeiou]/.test(list) ? 'an' : 'a'} ${list}`;
}

/**
 * Whether a link of `type` may join an entity of `fromType` to one of `toType`. Links that are
 * undirected by default may be entered either way round.
 */
export function linkEndsAllowed(type: LinkType, fromType: EntityType, toType: EntityType): boolean {
  return linkEndsProblem(type, fromType, toType) === null;
}

/** Null when the ends are allowed, otherwise a sentence saying what the link type may join. */
export function linkEndsProblem(type: LinkType, fromType: EntityType, toType: EntityType): string | null {
  const def = linkTypeDef(type);
  const forwards = def.from.includes(fromType) && def.to.includes(toType);
  const backwards = !def.directed && def.from.includes(toType) && def.to.includes(fromType);
  if (forwards || backwards) return null;
  return `A “${def.label}” link runs from ${describeTypes(def.from)} to ${describeTypes(def.to)}, so it cannot join ${describeTypes([fromType])} to ${describeTypes([toType])}.`;
}
