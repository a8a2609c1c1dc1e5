/**
 * "Graded at least …" filters. A link passes a minimum grade when ANY report supporting it meets
 * the minimum in BOTH parts given: a source evaluation at least as reliable (1 before 2 before 3)
 * and an intelligence assessment at least as good (A before … E). Each part is optional.
 *
 * Why not the single best-grade rank of shared/domain/grading.ts? That rank puts 1-E ("suspected
 * to be false", from a reliable source) above 2-A, which is right for ordering a list but wrong
 * for a filter: an analyst asking for "2-C or better" does not want links resting only on
 * information suspected to be false.
 *
 * The 15 (source, assessment) pairs fit in a 16-bit mask, so a link can carry every grade of its
 * evidence in one number, and a filter is one AND.
 */
import { intelligenceAssessmentCodes, sourceEvaluationCodes } from '../domain/grading';
import type { GradeParts } from './model';

export type MinimumGrade = Partial<GradeParts>;

/** The bit of one (source, assessment) pair. */
export function gradeBit(grade: GradeParts): number {
  const s = sourceEvaluationCodes.indexOf(grade.source);
  const a = intelligenceAssessmentCodes.indexOf(grade.assessment);
  return s < 0 || a < 0 ? 0 : 1 << (s * intelligenceAssessmentCodes.length + a);
}

/** Bits of every grade in the list. */
export function gradeMask(grades: readonly GradeParts[]): number {
  let mask = 0;
  for (const grade of grades) mask |= gradeBit(grade);
  return mask;
}

/** Bits of every grade that meets the minimum (all 15 when the minimum is empty). */
export function thresholdMask(minimum: MinimumGrade): number {
  const sMax = minimum.source === undefined ? sourceEvaluationCodes.length - 1 : sourceEvaluationCodes.indexOf(minimum.source);
  const aMax = minimum.assessment === undefined ? intelligenceAssessmentCodes.length - 1 : intelligenceAssessmentCodes.indexOf(minimum.assessment);
  let mask = 0;
  for (let s = 0; s <= sMax; s++) {
    for (let a = 0; a <= aMax; a++) mask |= 1 << (s * intelligenceAssessmentCodes.length + a);
  }
  return mask;
}

/** Whether any of the grades meets the minimum (no grades: never, since nothing supports it). */
export function meetsMinimum(grades: readonly GradeParts[], minimum: MinimumGrade): boolean {
  return (gradeMask(grades) & thresholdMask(minimum)) !== 0;
}
