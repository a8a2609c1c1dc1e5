/**
 * Which protective markings a saved chart may be given. The floor is the highest marking among
 * the evidence behind what the chart shows (charts.minimumMarking); the engine refuses anything
 * lower, so the form never offers it. A floor with a descriptor (PERSONAL DATA, say) keeps that
 * descriptor: a different descriptor is not "higher", it drops a handling signal.
 */
import { DEFAULT_DESCRIPTORS, markingRank, parseMarking } from '@shared/domain/markings';

export interface MarkingChoices {
  /** The floor first, then every higher marking. */
  offered: string[];
  /** Markings left out because they are below the floor. */
  withheld: string[];
}

function floorParts(floor: string): { sensitive: boolean; descriptors: string[] } {
  const text = floor.trim().toUpperCase();
  const sensitive = text.startsWith('OFFICIAL-SENSITIVE');
  const rest = text.replace(/^OFFICIAL-SENSITIVE ?/, '').replace(/^OFFICIAL$/, '');
  return { sensitive, descriptors: rest.split(' / ').map((part) => part.trim()).filter(Boolean) };
}

export function markingChoices(floor: string, descriptors: readonly string[] = DEFAULT_DESCRIPTORS): MarkingChoices {
  const base = floorParts(floor);
  const baseRank = markingRank({ sensitive: base.sensitive, descriptor: base.descriptors[0] ?? null });
  const all = ['OFFICIAL', 'OFFICIAL-SENSITIVE', ...descriptors.map((descriptor) => `OFFICIAL-SENSITIVE ${descriptor}`)];
  const floorText = floor.trim().toUpperCase();
  const offered = [floorText];
  const withheld: string[] = [];
  for (const option of all) {
    if (option === floorText) continue;
    const parsed = parseMarking(option, descriptors);
    const allowed =
      parsed.ok &&
      markingRank(parsed.value) >= baseRank &&
      base.descriptors.every((descriptor) => descriptor === parsed.value.descriptor);
    (allowed ? offered : withheld).push(option);
  }
  return { offered, withheld };
}

/** The marking to preselect: the chart's own when still allowed, else the floor. */
export function initialMarking(current: string | null, choices: MarkingChoices): string {
  const wanted = current?.trim().toUpperCase();
  return wanted && choices.offered.includes(wanted) ? wanted : choices.offered[0]!;
}

/**
 * The marking an export prints: a saved chart's own, unless what it shows now carries more
 * (evidence added or re-marked since it was saved), when the floor wins; an unsaved chart's floor.
 */
export function exportMarking(chartMarking: string | null, floor: string): string {
  return chartMarking && markingChoices(floor).offered.includes(chartMarking.trim().toUpperCase()) ? chartMarking.trim().toUpperCase() : floor.trim().toUpperCase();
}
