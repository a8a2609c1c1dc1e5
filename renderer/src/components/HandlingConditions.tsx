/**
 * Handling code C conditions must show wherever the report (or anything it supports) appears.
 * Rendered as text only: the conditions are free text from force systems.
 */
export function HandlingConditions({ conditions, subject = 'this report' }: { conditions: string; subject?: string }) {
  if (!conditions) return null;
  return (
    <div role="note" aria-label="Handling conditions" className="handling-conditions">
      <strong>Handling code C — conditions apply to {subject}:</strong> {conditions}
    </div>
  );
}
