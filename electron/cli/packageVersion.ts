import fs from 'node:fs';
import path from 'node:path';

/** The version in the repository's package.json (the CLI runs from a checkout). */
export function packageVersion(): string {
  const file = path.resolve(__dirname, '../../package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}
