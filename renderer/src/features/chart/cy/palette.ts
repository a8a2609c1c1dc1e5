/**
 * Colours for the chart in light and dark themes: one hue per entity type and per link type,
 * chosen to stay apart from each other and readable on both backgrounds. Dark-theme variants are
 * the same hues lifted towards white, so a chart reads the same in either theme.
 */
import type { EntityType } from '@shared/domain/entityTypes';
import type { LinkType } from '@shared/domain/linkTypes';

export type ChartTheme = 'light' | 'dark';

export const entityTypeColours: Record<EntityType, string> = {
  person: '#1f5fa8',
  site: '#2e7d32',
  vehicle: '#7a4b2a',
  phone: '#7b1fa2',
  organisation: '#00796b',
  email: '#ad1457',
  account: '#9a6200',
  document: '#455a64',
};

export const linkTypeColours: Record<LinkType, string> = {
  lives_at: '#1565c0',
  works_at: '#00838f',
  registered_keeper: '#6d4c41',
  drives: '#8d5a2b',
  associate: '#607d8b',
  family: '#2e7d32',
  controls_or_exploits: '#c62828',
  employs: '#e65100',
  uses_phone: '#7b1fa2',
  visited: '#0277bd',
  owns: '#795548',
  directs: '#ad1457',
  member_of: '#00695c',
  paid: '#b28704',
  travelled_with: '#3949ab',
  recruited: '#d84315',
  transported: '#6a1b9a',
  other: '#757575',
};

/** Mixes `hex` with white (amount > 0) or black (amount < 0). */
export function shade(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  const target = amount >= 0 ? 255 : 0;
  const t = Math.abs(amount);
  return `#${channels
    .map((c) => Math.round(c + (target - c) * t))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** A hue as drawn in the theme: lifted on dark backgrounds. */
export function themed(hex: string, theme: ChartTheme): string {
  return theme === 'dark' ? shade(hex, 0.35) : hex;
}

export interface ChartColours {
  background: string;
  text: string;
  textMuted: string;
  textBackground: string;
  selection: string;
  highlight: string;
  groupBorder: string;
  groupFill: string;
  noteFill: string;
  noteBorder: string;
  noteText: string;
}

export const chartColours: Record<ChartTheme, ChartColours> = {
  light: {
    background: '#ffffff',
    text: '#1b1f24',
    textMuted: '#4f5866',
    textBackground: '#ffffff',
    selection: '#1f5fa8',
    highlight: '#e68a00',
    groupBorder: '#5f6b7a',
    groupFill: '#eef0f3',
    noteFill: '#fff6c2',
    noteBorder: '#b8950b',
    noteText: '#2b2400',
  },
  dark: {
    background: '#1b2027',
    text: '#e7eaee',
    textMuted: '#aab3bf',
    textBackground: '#1b2027',
    selection: '#6aa6ea',
    highlight: '#ffb74d',
    groupBorder: '#8a96a6',
    groupFill: '#232a33',
    noteFill: '#4a4220',
    noteBorder: '#d4b72c',
    noteText: '#fff6c2',
  },
};
