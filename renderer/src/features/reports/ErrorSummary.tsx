import { useEffect, useRef } from 'react';
import { fieldId, orderedErrors, type FieldErrors } from './reportForm';

interface ErrorSummaryProps {
  errors: FieldErrors;
  general: readonly string[];
  /** Changes on each failed save, so the summary takes focus again. */
  attempt: number;
}

/**
 * What stopped the report saving, at the top of the form: each problem links to its field. It
 * takes focus when it appears, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ errors, general, attempt }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const entries = orderedErrors(errors);
  const count = entries.length + general.length;
  useEffect(() => {
    if (attempt > 0) box.current?.focus();
  }, [attempt]);
  if (count === 0) return null;
  return (
    <div ref={box} role="alert" className="error-summary" tabIndex={-1} aria-labelledby="report-error-summary-title">
      <h2 id="report-error-summary-title">{count === 1 ? 'The report was not saved: there is a problem' : `The report was not saved: there are ${count} problems`}</h2>
      <ul>
        {general.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {entries.map(({ key, message }) => (
          <li key={key}>
            <a
              href={`#${fieldId(key)}`}
              onClick={(event) => {
                // The app has no page routes: move focus rather than navigate.
                event.preventDefault();
                document.getElementById(fieldId(key))?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
