import type { VrmFormat } from '@shared/identifiers/vrm';

/** The DVLA plate formats in words (domain.md §6.1). */
export const vrmFormatLabels: Record<VrmFormat, string> = {
  current: 'current format (since September 2001)',
  prefix: 'prefix format (1983–2001)',
  suffix: 'suffix format (1963–1983)',
  dateless: 'dateless (cherished) mark',
  'northern-ireland': 'Northern Ireland mark',
  'q-plate': 'Q plate (age or identity not determined)',
  foreign: 'foreign plate',
};
