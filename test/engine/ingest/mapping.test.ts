import { describe, expect, it } from 'vitest';
import { FenlightError } from '@shared/contract';
import { canonicalColumns } from '@shared/ingest/columns';
import { entityColumns } from '@shared/ingest/entityColumns';
import { linkColumns } from '@shared/ingest/linkColumns';
import { reportColumns } from '@shared/ingest/reportColumns';
import { guessImportKind, normaliseHeader, suggestMapping, suggestMappingFor } from '@shared/ingest/suggestMapping';
import { resolveMapping } from '../../../electron/engine/ingest/mapping';
import { REPORT_HEADERS } from './ingestKit';

describe('suggesting a column mapping', () => {
  it('compares headers ignoring case, spaces, underscores, punctuation and accents', () => {
    expect(normaliseHeader(' Date_Received ')).toBe(normaliseHeader('date received'));
    expect(normaliseHeader('E-mail')).toBe('email');
    expect(normaliseHeader('Référence')).toBe('reference');
  });

  it('maps canonical names, labels and common synonyms (Reference, Ref, Date Received, Grading…)', () => {
    const mapping = suggestMappingFor('reports', ['Reference', 'Subject', 'Date Received', 'DATE_RECORDED', 'Source Eval', 'Intel Assessment', 'Handling', 'Marking', 'Grading', 'Officer', 'Unrelated']);
    expect(mapping).toEqual({
      urn: 'Reference',
      title: 'Subject',
      received_on: 'Date Received',
      recorded_on: 'DATE_RECORDED',
      source_evaluation: 'Source Eval',
      intelligence_assessment: 'Intel Assessment',
      handling_code: 'Handling',
      protective_marking: 'Marking',
      legacy_grade: 'Grading',
      author_name: 'Officer',
    });
    expect(suggestMappingFor('reports', ['Ref'])).toEqual({ urn: 'Ref' });
  });

  it('maps every canonical header of its own kind to itself', () => {
    for (const kind of ['reports', 'entities', 'links'] as const) {
      const names = canonicalColumns(kind).map((column) => column.name);
      expect(suggestMappingFor(kind, names)).toEqual(Object.fromEntries(names.map((name) => [name, name])));
    }
  });

  it('uses each header once, preferring an exact name over a synonym', () => {
    const mapping = suggestMapping(['URN', 'Reference'], reportColumns, { urn: ['Reference'] });
    expect(mapping).toEqual({ urn: 'URN' });
  });

  it('guesses the kind of file from its headers', () => {
    expect(guessImportKind(REPORT_HEADERS)).toBe('reports');
    expect(guessImportKind(['type', 'name', 'vrm', 'phone'])).toBe('entities');
    expect(guessImportKind(['From Type', 'From', 'To Type', 'To', 'Relationship', 'Strength'])).toBe('links');
    expect(guessImportKind(['whatever'])).toBeNull();
  });

  it('documents every column in one list per kind with unique names', () => {
    for (const columns of [reportColumns, entityColumns, linkColumns]) expect(new Set(columns.map((column) => column.name)).size).toBe(columns.length);
  });
});

describe('checking a mapping against the file', () => {
  const fail = (work: () => unknown): FenlightError => {
    try {
      work();
    } catch (error) {
      return error as FenlightError;
    }
    throw new Error('expected a refusal');
  };

  it('names every required column the file lacks, clearly', () => {
    const error = fail(() => resolveMapping(suggestMappingFor('reports', ['urn', 'title', 'extra']), ['urn', 'title', 'extra'], reportColumns, 'old.csv'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'old.csv has no column for Source evaluation (source_evaluation), Intelligence assessment (intelligence_assessment), Handling code (handling_code), Protective marking (protective_marking), Source type (source_type), Date received (received_on), Date recorded (recorded_on), Author (author_name) and MoPI group (mopi_group), which are required. Map them to a column of the file, or rename the headers to the names listed in the README (“Import file formats”).',
    );
    expect(error.details?.missingColumns).toEqual(['source_evaluation', 'intelligence_assessment', 'handling_code', 'protective_marking', 'source_type', 'received_on', 'recorded_on', 'author_name', 'mopi_group']);
  });

  it('refuses a header the file does not have, an unknown column, and one header used twice', () => {
    const headers = ['from_type', 'from_key', 'to_type', 'to_key', 'link_type', 'strength'];
    const base = Object.fromEntries(headers.map((header) => [header, header]));
    expect(fail(() => resolveMapping({ ...base, notes: 'Comments' }, headers, linkColumns, 'links.csv')).message).toBe('links.csv has no column headed “Comments”.');
    expect(fail(() => resolveMapping({ ...base, colour: 'strength' }, headers, linkColumns, 'links.csv')).message).toMatch(/“colour” is not one of the columns/);
    expect(fail(() => resolveMapping({ ...base, notes: 'strength' }, headers, linkColumns, 'links.csv')).message).toMatch(/mapped to both strength and notes/);
  });

  it('ignores headers that are not mapped (extra columns)', () => {
    const resolved = resolveMapping({ from_type: 'A', from_key: 'B', to_type: 'C', to_key: 'D', link_type: 'E', strength: 'F' }, ['X', 'A', 'B', 'C', 'D', 'E', 'F'], linkColumns, 'links.csv');
    expect(resolved.get('from_type')).toBe(1);
    expect(resolved.size).toBe(6);
  });
});
