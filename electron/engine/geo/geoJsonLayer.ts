import fs from 'node:fs';
import path from 'node:path';
import { FenlightError } from '@shared/contract';
import type { GeoJsonLayer, LayerFeature, LayerGeometry } from '@shared/contract/calls/geo';

/** ONS district boundaries (generalised) are a few MB; 25 MB leaves room without freezing the map. */
export const MAX_LAYER_BYTES = 25 * 1024 * 1024;
export const MAX_LAYER_FEATURES = 20_000;
const MAX_PROPERTIES = 30;
const MAX_TEXT = 200;

type Position = number[];

function refuse(message: string): never {
  throw new FenlightError('INVALID_INPUT', message);
}

function checkPosition(value: unknown, bounds: number[]): Position {
  if (!Array.isArray(value) || value.length < 2 || !value.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n))) {
    refuse('A position in this file is not a pair of numbers.');
  }
  const [lon, lat] = value as number[];
  if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) {
    refuse('This file’s coordinates are not longitude and latitude (they look like eastings and northings). Save it as GeoJSON in WGS84 (EPSG:4326) and add it again.');
  }
  bounds[0] = Math.min(bounds[0]!, lon!);
  bounds[1] = Math.min(bounds[1]!, lat!);
  bounds[2] = Math.max(bounds[2]!, lon!);
  bounds[3] = Math.max(bounds[3]!, lat!);
  return [lon!, lat!];
}

function positions(value: unknown, depth: number, bounds: number[]): unknown {
  if (depth === 0) return checkPosition(value, bounds);
  if (!Array.isArray(value)) refuse('A geometry in this file has malformed coordinates.');
  return (value as unknown[]).map((item) => positions(item, depth - 1, bounds));
}

const DEPTH: Record<LayerGeometry['type'], number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** The geometry with positions checked, or null for a kind the map does not draw (null, collections). */
function readGeometry(value: unknown, bounds: number[]): LayerGeometry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !(type in DEPTH)) return null;
  return { type, coordinates: positions(coordinates, DEPTH[type as LayerGeometry['type']], bounds) } as LayerGeometry;
}

/** Only plain values survive: nested objects, arrays and long text are dropped, never interpreted. */
function readProperties(value: unknown): LayerFeature['properties'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: LayerFeature['properties'] = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_PROPERTIES)) {
    if (typeof item === 'string') out[key.slice(0, 64)] = item.slice(0, MAX_TEXT);
    else if (typeof item === 'number' || typeof item === 'boolean' || item === null) out[key.slice(0, 64)] = item;
  }
  return out;
}

function featuresOf(document: unknown): unknown[] {
  if (typeof document !== 'object' || document === null) refuse('This file is not GeoJSON.');
  const { type } = document as { type?: unknown };
  if (type === 'FeatureCollection') {
    const { features } = document as { features?: unknown };
    if (!Array.isArray(features)) refuse('This GeoJSON file has no list of features.');
    return features;
  }
  if (type === 'Feature') return [document];
  if (typeof type === 'string' && type in DEPTH) return [{ type: 'Feature', geometry: document, properties: {} }];
  return refuse('This file is not GeoJSON: it should be a FeatureCollection, a Feature or a geometry.');
}

/**
 * Reads an analyst's GeoJSON file for a map layer. The result is rebuilt from checked parts, so
 * nothing in the file (styles, URLs, foreign members) reaches the map but geometry and plain
 * properties, which the map shows as text.
 */
export function readGeoJsonLayer(filePath: string): GeoJsonLayer {
  let size: number;
  try {
    size = fs.statSync(filePath).size;
  } catch {
    throw new FenlightError('NOT_FOUND', `Fenlight cannot open ${filePath}. Check the file is still there.`);
  }
  if (size > MAX_LAYER_BYTES) refuse(`This file is ${Math.round(size / 1024 / 1024)} MB; a map layer can be at most 25 MB. Simplify the boundaries (for example ONS “generalised” boundaries) and add it again.`);
  let document: unknown;
  try {
    document = JSON.parse(fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    refuse('This file is not valid JSON, so it cannot be a GeoJSON layer.');
  }
  const raw = featuresOf(document);
  if (raw.length > MAX_LAYER_FEATURES) refuse(`This file has ${raw.length} features; a map layer can have at most ${MAX_LAYER_FEATURES}.`);
  const bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const features: LayerFeature[] = [];
  let skipped = 0;
  for (const item of raw) {
    const geometry = typeof item === 'object' && item !== null ? readGeometry((item as { geometry?: unknown }).geometry, bounds) : null;
    if (!geometry) {
      skipped += 1;
      continue;
    }
    features.push({ type: 'Feature', geometry, properties: readProperties((item as { properties?: unknown }).properties) });
  }
  if (features.length === 0) refuse('This file has no features with a geometry the map can draw.');
  return {
    name: path.basename(filePath).replace(/\.(geo)?json$/i, ''),
    collection: { type: 'FeatureCollection', features },
    bounds: [
      [bounds[0]!, bounds[1]!],
      [bounds[2]!, bounds[3]!],
    ],
    skipped,
  };
}
