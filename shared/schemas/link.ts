/**
 * A link between two entities on the chart. Whether its ends suit its type needs the entities'
 * types, which only the engine knows: it checks them with linkEndsAllowed / linkEndsProblem
 * after looking the entities up.
 */
import { z } from 'zod';
import { linkStrengthCodes } from '../domain/linkStrengths';
import { linkDirectedByDefault, linkTypeCodes, type LinkType } from '../domain/linkTypes';
import { formatDate } from '../format/dates';
import { codeField, idField, isoDateField, optionalText, whenValid } from './fields';

export { linkEndsAllowed, linkEndsProblem } from '../domain/linkTypes';

export const linkFieldLabels = {
  fromId: 'From entity',
  toId: 'To entity',
  type: 'Link type',
  directed: 'Direction',
  strength: 'Strength',
  validFrom: 'Valid from',
  validTo: 'Valid to',
  notes: 'Notes',
} as const;

const L = linkFieldLabels;

export const LINK_TO_ITSELF = 'A link must join two different entities: it cannot run from an entity to itself.';

const shape = {
  fromId: idField(L.fromId),
  toId: idField(L.toId),
  type: codeField(linkTypeCodes as [LinkType, ...LinkType[]], L.type, 'Link type must be one of the listed link types.'),
  // Left out: the link type's default (for example "Lives at" is directed, "Associate" is not).
  directed: z.boolean({ error: 'Direction must be directed or undirected.' }).optional(),
  strength: codeField(linkStrengthCodes, L.strength, 'Strength must be Confirmed, Unconfirmed or Tentative.'),
  validFrom: isoDateField(L.validFrom).nullable().optional().transform((value) => value ?? null),
  validTo: isoDateField(L.validTo).nullable().optional().transform((value) => value ?? null),
  notes: optionalText(L.notes, 10_000, { trim: false }),
};

export const linkInputSchema = z
  .strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `A link has no field called ${issue.keys.map((key) => `“${key}”`).join(' or ')}.`
        : 'The link details are missing.',
  })
  .superRefine(
    (link, ctx) => {
      if (link.fromId === link.toId) ctx.addIssue({ code: 'custom', path: ['toId'], message: LINK_TO_ITSELF });
    },
    { when: whenValid(shape, ['fromId', 'toId']) },
  )
  .superRefine(
    (link, ctx) => {
      if (link.validFrom !== null && link.validTo !== null && link.validFrom > link.validTo) {
        ctx.addIssue({
          code: 'custom',
          path: ['validTo'],
          message: `Valid to (${formatDate(link.validTo)}) cannot be before valid from (${formatDate(link.validFrom)}).`,
        });
      }
    },
    { when: whenValid(shape, ['validFrom', 'validTo']) },
  )
  .transform((link) => ({ ...link, directed: link.directed ?? linkDirectedByDefault(link.type) }));

/** What the UI sends. */
export type LinkInput = z.input<typeof linkInputSchema>;
/** What the engine stores: direction decided, optional dates null, notes ''. */
export type LinkFields = z.output<typeof linkInputSchema>;
