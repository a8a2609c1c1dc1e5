import type { BasemapTheme } from '../palette';

/** Colours for the detailed (street-level) basemaps, matched to the built-in one's. */
export type DetailedPalette = {
  background: string;
  water: string;
  waterway: string;
  park: string;
  wood: string;
  farmland: string;
  residential: string;
  industrial: string;
  building: string;
  buildingOutline: string;
  motorway: string;
  trunk: string;
  primary: string;
  secondary: string;
  minor: string;
  path: string;
  rail: string;
  casing: string;
  boundary: string;
  text: string;
  textMuted: string;
  textHalo: string;
  waterText: string;
};

// Motorways blue and A-roads (trunk, primary) green, as on British road maps.
export const DETAILED_PALETTES: Readonly<Record<BasemapTheme, DetailedPalette>> = {
  light: {
    background: '#f4f3ef',
    water: '#a9cfe9',
    waterway: '#8cc0e6',
    park: '#d7ead0',
    wood: '#c5e0bd',
    farmland: '#eef0e0',
    residential: '#ebe8e4',
    industrial: '#e6e0e8',
    building: '#dcd6cf',
    buildingOutline: '#c7bfb5',
    motorway: '#2f6cc0',
    trunk: '#4f9a5a',
    primary: '#6aa874',
    secondary: '#f3d27a',
    minor: '#ffffff',
    path: '#a89f94',
    rail: '#9097a0',
    casing: '#b9b4ac',
    boundary: '#8a94a3',
    text: '#1b1f24',
    textMuted: '#4f5866',
    textHalo: '#ffffff',
    waterText: '#2b6290',
  },
  dark: {
    background: '#161b22',
    water: '#1c3a56',
    waterway: '#26507a',
    park: '#1d2c22',
    wood: '#1a2a1f',
    farmland: '#1b2020',
    residential: '#1e232b',
    industrial: '#241f2a',
    building: '#2b313a',
    buildingOutline: '#3a414c',
    motorway: '#5b8fd8',
    trunk: '#5fae6b',
    primary: '#4d8a58',
    secondary: '#8d7a3f',
    minor: '#3b434e',
    path: '#59616c',
    rail: '#6b7380',
    casing: '#0d1117',
    boundary: '#7c8694',
    text: '#e7eaee',
    textMuted: '#aab3bf',
    textHalo: '#0d1117',
    waterText: '#8fbbe3',
  },
};
