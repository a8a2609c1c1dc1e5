/** Basemap colours per theme, matched to the workbench's light and dark palettes (app.css). */

export type BasemapTheme = 'light' | 'dark';

export type BasemapPalette = {
  background: string;
  neighbourFill: string;
  forceAreaFill: string;
  neighbourOutline: string;
  internalBoundary: string;
  forceAreaBoundary: string;
  water: string;
  motorway: string;
  motorwayCasing: string;
  aRoad: string;
  text: string;
  textMuted: string;
  textHalo: string;
  waterText: string;
};

// Motorways blue and A-roads green, as on British road maps; water kept paler than motorways.
export const PALETTES: Readonly<Record<BasemapTheme, BasemapPalette>> = {
  light: {
    background: '#dfe5ea',
    neighbourFill: '#eceef1',
    forceAreaFill: '#fbfbf8',
    neighbourOutline: '#aab2bd',
    internalBoundary: '#8a94a3',
    forceAreaBoundary: '#1f5fa8',
    water: '#8cc0e6',
    motorway: '#2f6cc0',
    motorwayCasing: '#ffffff',
    aRoad: '#4f9a5a',
    text: '#1b1f24',
    textMuted: '#4f5866',
    textHalo: '#ffffff',
    waterText: '#2b6290',
  },
  dark: {
    background: '#0d1116',
    neighbourFill: '#151a20',
    forceAreaFill: '#1d232b',
    neighbourOutline: '#3a4452',
    internalBoundary: '#566273',
    forceAreaBoundary: '#6aa6ea',
    water: '#2f5f86',
    motorway: '#5b8fd6',
    motorwayCasing: '#0d1116',
    aRoad: '#5e9e68',
    text: '#e7eaee',
    textMuted: '#aab3bf',
    textHalo: '#0d1117',
    waterText: '#8cc0e6',
  },
};
