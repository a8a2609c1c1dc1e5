import { describe, expect, it } from 'vitest';
import { extractFromText, type ExtractionKind } from '@shared/extraction';
import { CORPUS, CORPUS_TODAY, KNOWN_NAMES } from '../../fixtures/extraction/corpus';

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

const KINDS: readonly ExtractionKind[] = [
  'vrm',
  'postcode',
  'phone',
  'email',
  'nino',
  'gridref',
  'date',
  'known-entity',
];

function emptyTally(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** Scores the corpus as multisets of kind + normalised value per paragraph (positions are unit-tested elsewhere). */
function scoreCorpus() {
  const byKind = new Map<ExtractionKind, Tally>(KINDS.map((kind) => [kind, emptyTally()]));
  const mistakes: string[] = [];
  for (const entry of CORPUS) {
    const found = extractFromText(entry.text, { knownNames: KNOWN_NAMES, today: CORPUS_TODAY });
    const unmatched = found.map((extraction) => `${extraction.kind}|${extraction.normalised}`);
    for (const [kind, normalised] of entry.expected) {
      const tally = byKind.get(kind)!;
      const index = unmatched.indexOf(`${kind}|${normalised}`);
      if (index >= 0) {
        tally.truePositives++;
        unmatched.splice(index, 1);
      } else {
        tally.falseNegatives++;
        mistakes.push(`${entry.id} missed      ${kind} ${normalised}`);
      }
    }
    for (const key of unmatched) {
      const [kind = '', normalised = ''] = key.split('|');
      byKind.get(kind as ExtractionKind)!.falsePositives++;
      const text = found.find((extraction) => `${extraction.kind}|${extraction.normalised}` === key)?.text;
      mistakes.push(`${entry.id} extra found ${kind} ${normalised} (from "${text}")`);
    }
  }
  const overall = emptyTally();
  for (const tally of byKind.values()) {
    overall.truePositives += tally.truePositives;
    overall.falsePositives += tally.falsePositives;
    overall.falseNegatives += tally.falseNegatives;
  }
  return { byKind, overall, mistakes };
}

function precision(tally: Tally): number {
  const found = tally.truePositives + tally.falsePositives;
  return found === 0 ? 1 : tally.truePositives / found;
}

function recall(tally: Tally): number {
  const expected = tally.truePositives + tally.falseNegatives;
  return expected === 0 ? 1 : tally.truePositives / expected;
}

function row(label: string, tally: Tally): string {
  const cells = [tally.truePositives, tally.falsePositives, tally.falseNegatives].map((count) =>
    String(count).padStart(4),
  );
  return `${label.padEnd(13)}${cells.join('')}   ${precision(tally).toFixed(3)}   ${recall(tally).toFixed(3)}`;
}

describe('extraction precision and recall on the fictional report corpus', () => {
  const { byKind, overall, mistakes } = scoreCorpus();

  it('has a corpus of at least 60 paragraphs covering every kind', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    for (const kind of KINDS)
      expect(CORPUS.some((entry) => entry.expected.some(([expected]) => expected === kind))).toBe(true);
  });

  it('reports the figures per kind and overall', () => {
    const lines = [
      'kind           TP  FP  FN   precision recall',
      ...KINDS.map((kind) => row(kind, byKind.get(kind)!)),
      row('overall', overall),
    ];
    if (mistakes.length > 0) lines.push('', ...mistakes);
    console.log(lines.join('\n'));
  });

  it('keeps overall precision at or above 0.95', () => {
    expect(precision(overall)).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps overall recall at or above 0.90', () => {
    expect(recall(overall)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['vrm', 'phone'] as const)(
    'keeps %s precision at or above 0.9, since false ones become false links',
    (kind) => {
      expect(precision(byKind.get(kind)!)).toBeGreaterThanOrEqual(0.9);
    },
  );
});
