/**
 * How sure the analyst is that a link exists, drawn as i2 Analyst's Notebook draws its default
 * link strengths: Confirmed solid, Unconfirmed dashed, Tentative dotted.
 */
import { isOneOf } from './parseResult';

export const linkStrengthCodes = ['confirmed', 'unconfirmed', 'tentative'] as const;
export type LinkStrength = (typeof linkStrengthCodes)[number];

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export const linkStrengthLabels: Record<LinkStrength, string> = {
  confirmed: 'Confirmed',
  unconfirmed: 'Unconfirmed',
  tentative: 'Tentative',
};

/** Matches Cytoscape's `line-style` values, so the chart can use it directly. */
export const linkStrengthLineStyles: Record<LinkStrength, LineStyle> = {
  confirmed: 'solid',
  unconfirmed: 'dashed',
  tentative: 'dotted',
};

export const linkStrengthHelp: Record<LinkStrength, string> = {
  confirmed: 'The link is established, for example by police checks, documents or a reliable first-hand account.',
  unconfirmed: 'The link is reported but not yet established.',
  tentative: 'The link is possible or inferred, and needs further work before it is relied on.',
};

export const isLinkStrength = (value: unknown): value is LinkStrength => isOneOf(linkStrengthCodes, value);
