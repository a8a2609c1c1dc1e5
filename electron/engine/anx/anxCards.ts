import { createHash } from 'node:crypto';
import { handlingCodes, intelligenceAssessmentCodes, sourceEvaluationCodes } from '@shared/domain/grading';
import { sourceTypeCodes, sourceTypeLabels } from '@shared/domain/sourceTypes';
import type { ReportInput } from '@shared/schemas/report';
import type { AnxNode } from './anxTree';

export interface GradeLists {
  one: string[];
  two: string[];
  three: string[];
}

/** The code a grade-list entry stands for, when it starts with one ("1 Reliable", "B Known…"). */
function codeFrom<T extends string>(codes: readonly T[], lists: string[], index: string | undefined, fallback: T): T {
  const text = index === undefined ? undefined : lists[Number(index)];
  const first = text?.trim().charAt(0).toUpperCase();
  return codes.find((code) => code === first) ?? fallback;
}

const CONDITIONS_PREFIX = /^Handling code C — ([^\n]+)\n\n/;

/**
 * A report from an i2 card: the source reference is the URN, the three grade indices are read
 * through the chart's own grade lists, and Fenlight's own "Handling code C — …" prefix becomes the
 * handling conditions again. Unknown grade lists fall back to 2-D (untested, not known).
 */
export function reportFromCard(card: AnxNode, lists: GradeLists, marking: string, author: string, today: string): ReportInput {
  const attributes = card.attributes;
  const summary = attributes.Summary?.trim() || 'Card from i2 chart';
  const urn =
    attributes.SourceReference?.trim() || `ANX-${createHash('sha256').update(`${summary}|${attributes.DateTime ?? ''}|${attributes.Text ?? ''}`).digest('hex').slice(0, 12)}`;
  const title = summary.startsWith(`${urn} `) ? summary.slice(urn.length + 1) : summary;
  let text = attributes.Text ?? '';
  let handlingConditions = '';
  const prefix = CONDITIONS_PREFIX.exec(text);
  if (prefix) {
    handlingConditions = prefix[1]!;
    text = text.slice(prefix[0].length);
  }
  text = text.replace(/\n\nNote: [^\n]*$/, '');
  const handling = handlingConditions ? 'C' : codeFrom(handlingCodes, lists.three, attributes.GradeThreeIndex, 'P');
  const day = attributes.DateTime?.slice(0, 10);
  const when = day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day <= today ? day : today;
  const sourceText = attributes.SourceType?.toLowerCase();
  return {
    urn: urn.slice(0, 64),
    title: title.replace(/[\r\n]+/g, ' ').slice(0, 200),
    originalText: '',
    sanitisedText: text,
    sourceEvaluation: codeFrom(sourceEvaluationCodes, lists.one, attributes.GradeOneIndex, '2'),
    intelligenceAssessment: codeFrom(intelligenceAssessmentCodes, lists.two, attributes.GradeTwoIndex, 'D'),
    handlingCode: handling,
    handlingConditions: handling === 'C' ? handlingConditions || 'Conditions as recorded in the originating i2 chart: check with the originator before sharing.' : '',
    protectiveMarking: marking,
    sourceType: sourceTypeCodes.find((code) => code === sourceText || sourceTypeLabels[code].toLowerCase() === sourceText) ?? 'other',
    occurredOn: when,
    receivedOn: when,
    recordedOn: when,
    author: { name: author.slice(0, 100) || 'Imported from an i2 chart' },
    mopiGroup: 3,
  };
}
