import type { ChartEntityItem, ChartItems, ChartLinkItem } from '@shared/contract/calls/chart';
import type { EntityType } from '@shared/domain/entityTypes';
import type { LinkType } from '@shared/domain/linkTypes';
import type { LinkStrength } from '@shared/domain/linkStrengths';
import type { DataSubjectCategory } from '@shared/domain/dataSubjects';
import type { Grade } from '@shared/records';

export function entityItem(
  id: string,
  overrides: {
    type?: EntityType;
    label?: string;
    category?: DataSubjectCategory | null;
    grade?: Grade | null;
    gradeMask?: number;
    firstOn?: string | null;
    lastOn?: string | null;
    exploitation?: string[];
  } = {},
): ChartEntityItem {
  const type = overrides.type ?? 'person';
  const label = overrides.label ?? `Entity ${id}`;
  return {
    summary: {
      id,
      type,
      label,
      chartLabel: label,
      category: overrides.category !== undefined ? overrides.category : type === 'person' ? 'suspect' : null,
      siteType: null,
      location: null,
      reviewState: 'reviewed',
      bestGrade: overrides.grade ?? null,
      evidenceCount: overrides.grade ? 1 : 0,
      latestEvidenceOn: overrides.lastOn ?? null,
      hasHandlingConditions: false,
    },
    facts: {
      gradeMask: overrides.gradeMask ?? 0,
      exploitationTypes: overrides.exploitation ?? [],
      firstOn: overrides.firstOn ?? null,
      lastOn: overrides.lastOn ?? null,
    },
    nrm: null,
  };
}

export function linkItem(
  id: string,
  fromId: string,
  toId: string,
  overrides: {
    type?: LinkType;
    strength?: LinkStrength;
    directed?: boolean;
    validFrom?: string | null;
    validTo?: string | null;
    gradeMask?: number;
    firstOn?: string | null;
    lastOn?: string | null;
    exploitation?: string[];
  } = {},
): ChartLinkItem {
  return {
    summary: {
      id,
      type: overrides.type ?? 'associate',
      label: 'Associate',
      directed: overrides.directed ?? false,
      strength: overrides.strength ?? 'confirmed',
      fromId,
      toId,
      validFrom: overrides.validFrom ?? null,
      validTo: overrides.validTo ?? null,
      notes: '',
      bestGrade: null,
      evidenceCount: 0,
      latestEvidenceOn: null,
    },
    facts: {
      gradeMask: overrides.gradeMask ?? 0,
      exploitationTypes: overrides.exploitation ?? [],
      firstOn: overrides.firstOn ?? null,
      lastOn: overrides.lastOn ?? null,
    },
  };
}

export function items(
  entities: ChartEntityItem[],
  links: ChartLinkItem[] = [],
  extra: Partial<ChartItems> = {},
): ChartItems {
  return { entities, links, merged: {}, missing: [], ...extra };
}

/** A star: hub h with n spokes s0…s(n−1). */
export function star(n: number): ChartItems {
  const spokes = Array.from({ length: n }, (_, i) => entityItem(`s${i}`));
  return items(
    [entityItem('h'), ...spokes],
    spokes.map((spoke, i) => linkItem(`l${i}`, 'h', spoke.summary.id)),
  );
}
