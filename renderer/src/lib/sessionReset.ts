/**
 * When the vault locks, everything the UI showed from it must go. Feature stores register a
 * reset here; the vault feature runs them all on lock.
 */
const resets = new Set<() => void>();

export function onSessionReset(reset: () => void): () => void {
  resets.add(reset);
  return () => resets.delete(reset);
}

export function resetSession(): void {
  for (const reset of resets) reset();
}
