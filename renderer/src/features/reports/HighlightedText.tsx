import type { Extraction } from '@shared/extraction/types';
import { extractionKindLabels, textPieces } from './extractionEntities';
import './reports.css';

interface HighlightedTextProps {
  text: string;
  extractions: readonly Extraction[];
  label: string;
  className?: string;
}

/**
 * Report text with what the extractor found marked. Every piece is a React text node inside a
 * span or mark: the text is untrusted and is never parsed as markup.
 */
export function HighlightedText({ text, extractions, label, className }: HighlightedTextProps) {
  const pieces = textPieces(text, extractions);
  return (
    <div className={`report-text ${className ?? ''}`} aria-label={label} role="group">
      {pieces.map((piece, index) =>
        piece.extraction ? (
          <mark key={index} className={`extraction extraction-${piece.extraction.kind}`} title={extractionKindLabels[piece.extraction.kind]}>
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </div>
  );
}
