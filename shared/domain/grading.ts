/**
 * UK police intelligence grading.
 *
 * Current: 3x5x2 (College of Policing APP, Intelligence management) — source evaluation 1–3,
 * intelligence assessment A–E, handling code P/C. The three parts are graded independently and
 * stored separately; never derive one from another (a reliable source can pass on hearsay).
 *
 * Legacy: 5x5x5, met on imported historic intelligence. Its letter is the SOURCE and its first
 * digit the INTELLIGENCE — the roles are swapped relative to 3x5x2, so a legacy grade is kept
 * verbatim and never silently converted.
 */
import { isOneOf, parsed, quoted, refused, type ParseResult } from './parseResult';

/**
 * The help texts below paraphrase public summaries of the APP (see reference/domain.md §1);
 * the APP page itself could not be read. Check them against the exact APP wording with the
 * force before they are shown as "official" guidance.
 */
export const GRADING_HELP_PROVENANCE =
  'Paraphrased from public summaries of the College of Policing APP (Intelligence management). Check against the current APP wording before relying on it.';

// ---------------------------------------------------------------------------------------------
// 3x5x2

export const sourceEvaluationCodes = ['1', '2', '3'] as const;
export type SourceEvaluation = (typeof sourceEvaluationCodes)[number];

export const sourceEvaluationLabels: Record<SourceEvaluation, string> = {
  '1': 'Reliable',
  '2': 'Untested',
  '3': 'Not reliable',
};

export const sourceEvaluationHelp: Record<SourceEvaluation, string> = {
  '1': 'The source is believed to be competent and the information it gives is generally reliable. This includes technical sources such as ANPR, CCTV and forensic results, and trusted professionals.',
  '2': 'The source has not given information before, or what it gave has not been substantiated. The information may be true but should be treated with caution. This is the usual grade for a member of the public reporting for the first time.',
  '3': 'There are reasonable grounds to doubt the source, for example its competence, motive or track record, malice, or intoxication at the time.',
};

export const intelligenceAssessmentCodes = ['A', 'B', 'C', 'D', 'E'] as const;
export type IntelligenceAssessment = (typeof intelligenceAssessmentCodes)[number];

export const intelligenceAssessmentLabels: Record<IntelligenceAssessment, string> = {
  A: 'Known directly to the source',
  B: 'Known indirectly to the source but corroborated',
  C: 'Known indirectly to the source',
  D: 'Not known',
  E: 'Suspected to be false',
};

export const intelligenceAssessmentHelp: Record<IntelligenceAssessment, string> = {
  A: 'The source saw, heard or experienced it first hand.',
  B: 'The source heard it from someone else, but it has been corroborated, for example by other intelligence, police checks or technical data.',
  C: 'The source heard it from someone else (hearsay or rumour) and it has not been corroborated.',
  D: 'It cannot be assessed, for example an anonymous report where there is no way to tell how the source knows.',
  E: 'The information is believed to be untrue or malicious.',
};

export const handlingCodes = ['P', 'C'] as const;
export type HandlingCode = (typeof handlingCodes)[number];

export const handlingCodeLabels: Record<HandlingCode, string> = {
  P: 'Lawful sharing permitted',
  C: 'Lawful sharing permitted with conditions',
};

export const handlingCodeHelp: Record<HandlingCode, string> = {
  P: 'May be shared, under the appropriate protective marking, where there is a policing purpose, local protocols are in place and the recipient has a legitimate need to receive it.',
  C: 'There are concerns about how widely the intelligence should be shared. Specific handling conditions apply: record them with the report, and they travel with every view and export.',
};

/** Examples for the handling-conditions field (free text set by the originator; not a closed list). */
export const handlingConditionExamples: readonly string[] = [
  'No onward dissemination without the originator’s consent.',
  'For intelligence purposes only: not for use in evidence or executive action without reference to the originator.',
  'Do not disclose to the subject.',
  'Sanitise further before sharing.',
  'Contact the originating unit before acting.',
  'Risk to source: see the restricted risk assessment.',
];

export const isSourceEvaluation = (value: unknown): value is SourceEvaluation => isOneOf(sourceEvaluationCodes, value);
export const isIntelligenceAssessment = (value: unknown): value is IntelligenceAssessment =>
  isOneOf(intelligenceAssessmentCodes, value);
export const isHandlingCode = (value: unknown): value is HandlingCode => isOneOf(handlingCodes, value);

export interface Grade {
  source: SourceEvaluation;
  assessment: IntelligenceAssessment;
  handling: HandlingCode;
}

/** `1-B-P`. Force systems also write `1/B/P`: pass the separator when exporting to one. */
export function formatGrade({ source, assessment, handling }: Grade, separator = '-'): string {
  return [source, assessment, handling].join(separator);
}

/** Reads a full grade written `1-B-P`, `1/B/P`, `1 B P` or `1BP` (any case). */
export function parseGrade(text: string): ParseResult<Grade> {
  const match = /^([1-3])\s*[-/ ]?\s*([A-E])\s*[-/ ]?\s*([PC])$/i.exec(text.trim());
  if (!match) {
    return refused(
      `${quoted(text)} is not a 3x5x2 grade: write the source evaluation (1–3), the intelligence assessment (A–E) and the handling code (P or C), for example 1-B-P.`,
    );
  }
  return parsed({
    source: match[1] as SourceEvaluation,
    assessment: match[2]!.toUpperCase() as IntelligenceAssessment,
    handling: match[3]!.toUpperCase() as HandlingCode,
  });
}

/**
 * "Best" grade, for ordering and for summarising the evidence behind a chart item: the lower
 * source number wins (1 Reliable before 2 Untested before 3 Not reliable); with the same source,
 * the earlier assessment letter wins (A best, E Suspected to be false worst). So 1-E ranks above
 * 2-A: a reliable source is preferred to a better-corroborated untested one. Handling code does
 * not affect rank — it governs sharing, not credibility.
 *
 * Rank 0 (1-A) is best, 14 (3-E) worst.
 */
export function gradeRank({ source, assessment }: Pick<Grade, 'source' | 'assessment'>): number {
  return sourceEvaluationCodes.indexOf(source) * intelligenceAssessmentCodes.length + intelligenceAssessmentCodes.indexOf(assessment);
}

/** Array.sort comparator: best grade first. */
export function compareGrades(a: Pick<Grade, 'source' | 'assessment'>, b: Pick<Grade, 'source' | 'assessment'>): number {
  return gradeRank(a) - gradeRank(b);
}

/** The best grade in the list (the first of equals), or null for an empty list. */
export function bestGrade<G extends Pick<Grade, 'source' | 'assessment'>>(grades: readonly G[]): G | null {
  let best: G | null = null;
  for (const grade of grades) {
    if (best === null || compareGrades(grade, best) < 0) best = grade;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Search filters: grade:1A, grade:2, grade:B, grade:1-B-P, grade:--C

export interface GradeFilter {
  source?: SourceEvaluation;
  assessment?: IntelligenceAssessment;
  handling?: HandlingCode;
}

/**
 * Reads a `grade:` search filter (the value, or the whole token) and returns only the parts given.
 *
 * Parts are read in grade order — source, assessment, handling — so a lone `C` is the
 * intelligence assessment C. To filter on handling code C alone, use separators with empty or
 * `*` parts: `--C` or `*-*-C`.
 */
export function parseGradeFilter(text: string): ParseResult<GradeFilter> {
  // The whole search token (grade:1A) is accepted as well as its value (1A).
  const trimmed = text.trim().toUpperCase().replace(/^GRADE:/, '').trim();
  const problem = refused(
    `${quoted(text)} is not a grade filter: use parts of a 3x5x2 grade in order, for example grade:1A, grade:2, grade:B or grade:1-B-P.`,
  );
  if (trimmed === '') return refused('A grade filter needs at least one part of a 3x5x2 grade, for example grade:1A, grade:2 or grade:B.');

  let source: string | undefined;
  let assessment: string | undefined;
  let handling: string | undefined;
  if (/[-/]/.test(trimmed)) {
    const parts = trimmed.split(/[-/]/).map((part) => part.trim());
    if (parts.length > 3) return problem;
    const given = (part: string | undefined) => (part === undefined || part === '' || part === '*' ? undefined : part);
    [source, assessment, handling] = [given(parts[0]), given(parts[1]), given(parts[2])];
  } else {
    const match = /^([1-3])?\s*([A-E])?\s*([PC])?$/.exec(trimmed);
    if (!match) return problem;
    [source, assessment, handling] = [match[1], match[2], match[3]];
  }

  const filter: GradeFilter = {};
  if (source !== undefined) {
    if (!isSourceEvaluation(source)) return problem;
    filter.source = source;
  }
  if (assessment !== undefined) {
    if (!isIntelligenceAssessment(assessment)) return problem;
    filter.assessment = assessment;
  }
  if (handling !== undefined) {
    if (!isHandlingCode(handling)) return problem;
    filter.handling = handling;
  }
  if (Object.keys(filter).length === 0) return problem;
  return parsed(filter);
}

/** True when a grade matches every part the filter gives. */
export function gradeMatches(grade: Grade, filter: GradeFilter): boolean {
  return (
    (filter.source === undefined || filter.source === grade.source) &&
    (filter.assessment === undefined || filter.assessment === grade.assessment) &&
    (filter.handling === undefined || filter.handling === grade.handling)
  );
}

// ---------------------------------------------------------------------------------------------
// Legacy 5x5x5 (HMRC manual MLR3C14000 and contemporary guides; reference/domain.md §1.5)

export const legacySourceCodes = ['A', 'B', 'C', 'D', 'E'] as const;
export type LegacySource = (typeof legacySourceCodes)[number];
export const legacySourceMeanings: Record<LegacySource, string> = {
  A: 'Always reliable',
  B: 'Mostly reliable',
  C: 'Sometimes reliable',
  D: 'Unreliable',
  E: 'Untested source',
};

export const legacyIntelligenceCodes = ['1', '2', '3', '4', '5'] as const;
export type LegacyIntelligence = (typeof legacyIntelligenceCodes)[number];
export const legacyIntelligenceMeanings: Record<LegacyIntelligence, string> = {
  '1': 'Known to be true without reservation',
  '2': 'Known personally to source but not to officer',
  '3': 'Not personally known to source but corroborated',
  '4': 'Cannot be judged',
  '5': 'Suspected to be false or malicious',
};

export const legacyHandlingCodes = ['1', '2', '3', '4', '5'] as const;
export type LegacyHandling = (typeof legacyHandlingCodes)[number];
export const legacyHandlingMeanings: Record<LegacyHandling, string> = {
  '1': 'May be disseminated to other law enforcement and prosecuting agencies, including law enforcement agencies in the EEA (no special conditions)',
  '2': 'May be disseminated to UK non-prosecuting parties (authorisation and records needed)',
  '3': 'May be disseminated to non-EEA law enforcement agencies (special conditions apply)',
  '4': 'May be disseminated within the originating agency only',
  '5': 'No further dissemination: refer to the originator; special handling requirements imposed by the authorising officer',
};

export interface LegacyGradePart<C extends string> {
  code: C;
  meaning: string;
}

export interface LegacyGrade {
  /** Exactly as recorded; this is what is stored and shown. */
  text: string;
  /** Letter = SOURCE evaluation (unlike 3x5x2, where the letter is the intelligence assessment). */
  source: LegacyGradePart<LegacySource>;
  /** First digit = INTELLIGENCE evaluation. */
  intelligence: LegacyGradePart<LegacyIntelligence>;
  /** Second digit = handling code. */
  handling: LegacyGradePart<LegacyHandling>;
}

/**
 * Reads a legacy 5x5x5 grade such as `B35` (also `b35`, `B 3 5`, `B/3/5`, `B-3-5`). The text
 * is returned verbatim in `text`; nothing is converted.
 */
export function parseLegacyGrade(text: string): ParseResult<LegacyGrade> {
  const match = /^([A-E])\s*[-/ ]?\s*([1-5])\s*[-/ ]?\s*([1-5])$/i.exec(text.trim());
  if (!match) {
    return refused(
      `Legacy 5x5x5 grade ${quoted(text)} is not valid: it is a source letter (A–E) followed by an intelligence digit (1–5) and a handling digit (1–5), for example B35.`,
    );
  }
  const source = match[1]!.toUpperCase() as LegacySource;
  const intelligence = match[2] as LegacyIntelligence;
  const handling = match[3] as LegacyHandling;
  return parsed({
    text,
    source: { code: source, meaning: legacySourceMeanings[source] },
    intelligence: { code: intelligence, meaning: legacyIntelligenceMeanings[intelligence] },
    handling: { code: handling, meaning: legacyHandlingMeanings[handling] },
  });
}

export const LEGACY_MAPPING_NOTICE =
  'Suggested display mapping only. This is NOT an official conversion from 5x5x5 to 3x5x2: the legacy grade is kept as recorded, and an analyst must confirm any 3x5x2 grade.';

export interface LegacyMappingSuggestion {
  /** Always false: there is no official 5x5x5 → 3x5x2 mapping. */
  official: false;
  notice: string;
  /** Null when the legacy source code has no sensible equivalent (C): an analyst decides. */
  source: SourceEvaluation | null;
  assessment: IntelligenceAssessment;
  handling: HandlingCode;
  /** Suggested conditions text when handling is C, quoting the original code's meaning. */
  handlingConditions: string | null;
  /** Points an analyst must decide or check, as sentences. */
  flags: string[];
}

const suggestedSource: Record<LegacySource, SourceEvaluation | null> = { A: '1', B: '1', C: null, D: '3', E: '2' };
const suggestedAssessment: Record<LegacyIntelligence, IntelligenceAssessment> = { '1': 'A', '2': 'A', '3': 'B', '4': 'D', '5': 'E' };

/**
 * A suggested 3x5x2 reading of a legacy grade, for display beside the original — NOT an official
 * mapping (reference/domain.md §1.5, marked general knowledge). Source C ("Sometimes reliable")
 * sits between Reliable and Not reliable, so it is flagged for an analyst's decision rather than
 * guessed. Any legacy handling code other than 1 becomes C with the original meaning as the
 * suggested condition, so no restriction is lost.
 */
export function suggestLegacyMapping(parts: Pick<LegacyGrade, 'source' | 'intelligence' | 'handling'>): LegacyMappingSuggestion {
  const source = suggestedSource[parts.source.code];
  const handling: HandlingCode = parts.handling.code === '1' ? 'P' : 'C';
  const flags: string[] = [];
  if (source === null) {
    flags.push(
      `Legacy source evaluation C (${legacySourceMeanings.C}) has no 3x5x2 equivalent: an analyst must decide between 1 (Reliable), 2 (Untested) and 3 (Not reliable).`,
    );
  }
  return {
    official: false,
    notice: LEGACY_MAPPING_NOTICE,
    source,
    assessment: suggestedAssessment[parts.intelligence.code],
    handling,
    handlingConditions:
      handling === 'C'
        ? `Legacy 5x5x5 handling code ${parts.handling.code}: ${legacyHandlingMeanings[parts.handling.code]}.`
        : null,
    flags,
  };
}
