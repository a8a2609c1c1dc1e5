import fs from 'node:fs';
import path from 'node:path';
import { FenlightError } from '@shared/contract';
import { parseAnx, type AnxNode } from './anxTree';

const MAX_BYTES = 200 * 1024 * 1024;

/** Reads an .anx file (UTF-8, or UTF-16 as some writers produce) into its XML tree. */
export function readAnxFile(file: string): AnxNode {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_BYTES) throw new FenlightError('INVALID_INPUT', 'That ANX file is larger than 200 MB; split the chart before importing it.');
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof FenlightError) throw error;
    throw new FenlightError('IO_ERROR', `Fenlight could not read ${path.basename(file)}.`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = new TextDecoder('utf-8').decode(bytes);
  // ANX never needs a DTD; refusing one rules out entity-expansion and external-entity tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new FenlightError('INVALID_INPUT', `${path.basename(file)} contains a document type declaration, which ANX files never need. It was not imported.`);
  }
  try {
    const root = parseAnx(text);
    if (root.name !== 'Chart') throw new Error('not a chart');
    return root;
  } catch {
    throw new FenlightError('INVALID_INPUT', `${path.basename(file)} is not an i2 Analyst’s Notebook exchange (ANX) file Fenlight can read.`);
  }
}
