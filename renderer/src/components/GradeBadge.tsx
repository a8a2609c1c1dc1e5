import { formatGrade, handlingCodeLabels, intelligenceAssessmentLabels, sourceEvaluationLabels, type Grade } from '@shared/domain/grading';

/** "1-B-P" with the meaning of each part available to screen readers and on hover. */
export function GradeBadge({ grade, legacy }: { grade: Grade | null; legacy?: string | null }) {
  if (!grade) return <span className="grade-badge grade-none">Not graded</span>;
  const meaning = `Source ${grade.source} (${sourceEvaluationLabels[grade.source]}), intelligence ${grade.assessment} (${intelligenceAssessmentLabels[grade.assessment]}), handling ${grade.handling} (${handlingCodeLabels[grade.handling]})`;
  return (
    <span className={`grade-badge grade-handling-${grade.handling}`} title={meaning} aria-label={`Grade ${formatGrade(grade)}: ${meaning}`}>
      {formatGrade(grade)}
      {legacy && <span className="legacy-grade"> (5x5x5: {legacy})</span>}
    </span>
  );
}
