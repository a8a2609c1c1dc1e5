/**
 * The marking an export prints. The renderer sends the page's marking; the engine never lets
 * it be lower than the vault's own, and always adds TRAINING DATA for a training vault.
 */
function rank(marking: string): number {
  const text = marking.trim().toUpperCase();
  if (!/^OFFICIAL[- ]SENSITIVE/.test(text)) return 0;
  return /^OFFICIAL[- ]SENSITIVE\s*$/.test(text) ? 1 : 2;
}

export function effectiveMarking(frame: { marking: string; trainingData: boolean }, vault: { marking: string; trainingData: boolean }): { marking: string; trainingData: boolean } {
  const marking = rank(frame.marking) >= rank(vault.marking) ? frame.marking : vault.marking;
  return { marking: marking.trim().toUpperCase(), trainingData: frame.trainingData || vault.trainingData };
}
