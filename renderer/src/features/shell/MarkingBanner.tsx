interface MarkingBannerProps {
  marking: string;
  position: 'top' | 'bottom';
  /** Shown beside the marking when the vault holds synthetic training data. */
  trainingData?: boolean;
}

/** The protective marking, centred in capitals at the top and bottom of every screen. */
export function MarkingBanner({ marking, position, trainingData = false }: MarkingBannerProps) {
  const text = trainingData ? `${marking} — TRAINING DATA` : marking;
  return (
    <div role="note" aria-label={`Protective marking (${position})`} className={`marking-banner marking-${position}`}>
      {text}
    </div>
  );
}
