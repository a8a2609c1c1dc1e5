/**
 * Fetches the TrueType fonts that marked PDF exports embed into resources/fonts/.
 *
 *   npx tsx tools/fonts/generate.ts            write the committed files
 *   npx tsx tools/fonts/generate.ts --check    fetch again, fail if anything differs
 *
 * PDFKit's standard fonts (Helvetica and friends) use WinAnsi encoding and cannot draw ț, ş, ą or
 * Vietnamese letters, which the names in this team's reports need. The basemap's WOFF2 files are
 * split per unicode range, so PDFKit would need several fonts for one line; the full Noto Sans
 * TTFs from Google Fonts (as @expo-google-fonts packages them) cover Latin, Latin Extended and
 * Vietnamese in one file per weight. PDFKit subsets what it embeds, so exports stay small.
 *
 * Needs the npm registry (`npm pack`) and the system `tar`; the app never does.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { requiredCodepoints } from '../basemap/letters';
import { fetchPackages, readPackageFile, type SourcePackage } from '../basemap/packages';

const REPO_ROOT = path.resolve(__dirname, '../..');
export const FONTS_DIR = path.join(REPO_ROOT, 'resources/fonts');

export const NOTO_SANS_TTF: SourcePackage = {
  name: '@expo-google-fonts/noto-sans',
  version: '0.4.2',
  packageLicence: 'MIT AND OFL-1.1',
  contentLicence: 'OFL-1.1',
  content: 'Noto Sans static TrueType fonts from Google Fonts (Latin, Latin Extended, Vietnamese, Greek, Cyrillic)',
  upstream: 'https://github.com/notofonts/latin-greek-cyrillic',
};

/** What is taken from the package, and the name it is committed under. */
export const FONT_FILES = [
  { member: '400Regular/NotoSans_400Regular.ttf', file: 'NotoSans-Regular.ttf', weight: 400 },
  { member: '700Bold/NotoSans_700Bold.ttf', file: 'NotoSans-Bold.ttf', weight: 700 },
] as const;

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  familyName: string;
}

/** fontkit comes with PDFKit; it has no type declarations, so only what is used is typed. */
function openFont(data: Buffer): FontkitFont {
  const fontkit = createRequire(__filename)('fontkit') as { create(buffer: Buffer): FontkitFont };
  return fontkit.create(data);
}

function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export function generate(workDir: string): Map<string, Buffer> {
  const [fetched] = fetchPackages(workDir, [
    { source: NOTO_SANS_TTF, members: ['package/LICENSE_FONT', ...FONT_FILES.map(({ member }) => `package/${member}`)] },
  ]);
  if (!fetched) throw new Error('The font package is missing');
  const outputs = new Map<string, Buffer>();
  for (const { member, file } of FONT_FILES) {
    const data = readPackageFile(fetched, member);
    const font = openFont(data);
    const missing = requiredCodepoints().filter((codepoint) => !font.hasGlyphForCodePoint(codepoint));
    if (missing.length > 0) throw new Error(`${file} cannot draw: ${String.fromCodePoint(...missing)}`);
    outputs.set(file, data);
  }
  outputs.set('OFL.txt', readPackageFile(fetched, 'LICENSE_FONT'));
  const manifest = {
    generator: 'tools/fonts/generate.ts',
    purpose: 'Embedded in marked PDF exports (electron/engine/export/pdf); PDFKit subsets them per document.',
    source: { ...NOTO_SANS_TTF, integrity: fetched.integrity },
    fonts: FONT_FILES.map(({ file, weight }) => ({ file, weight, sha256: sha256(outputs.get(file)!) })),
    licence: 'OFL.txt',
  };
  outputs.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  return outputs;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fenlight-fonts-'));
  try {
    const outputs = generate(workDir);
    if (check) {
      const differing = [...outputs].filter(([name, data]) => {
        const file = path.join(FONTS_DIR, name);
        return !fs.existsSync(file) || !fs.readFileSync(file).equals(data);
      });
      if (differing.length > 0) {
        process.stderr.write(`Fonts out of date in ${FONTS_DIR}: ${differing.map(([name]) => name).join(', ')}\n`);
        return 1;
      }
      process.stdout.write(`Fonts up to date: ${outputs.size} files.\n`);
      return 0;
    }
    fs.mkdirSync(FONTS_DIR, { recursive: true });
    for (const [name, data] of outputs) fs.writeFileSync(path.join(FONTS_DIR, name), data);
    process.stdout.write(`Fonts written to ${FONTS_DIR}: ${[...outputs.keys()].join(', ')}.\n`);
    return 0;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
