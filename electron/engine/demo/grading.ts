/**
 * Grading, handling and marking for demo reports, in proportions that look like a real MSHT
 * intelligence store: most public reports are 2-C or 2-D (an untested source passing on what
 * they heard, or an anonymous caller), officers and technical sources give 1-A and 1-B, victims
 * 2-A, covert sources carry handling conditions, and a few reports are graded E.
 */
import type { HandlingCode, IntelligenceAssessment, SourceEvaluation } from '@shared/domain/grading';
import type { SourceType } from '@shared/domain/sourceTypes';
import type { Random } from './random';

export interface DemoGrade {
  source: SourceEvaluation;
  assessment: IntelligenceAssessment;
}

type Weighted = ReadonlyArray<readonly [string, number]>;

/** Weights per grade ('2C' = source 2, assessment C) for each source type. */
const GRADE_WEIGHTS: Record<SourceType, Weighted> = {
  member_of_public: [['2C', 48], ['2D', 30], ['2B', 8], ['2A', 6], ['3C', 4], ['3E', 2], ['2E', 2]],
  crimestoppers: [['2D', 78], ['2C', 16], ['3E', 3], ['2E', 3]],
  modern_slavery_helpline: [['2C', 50], ['2D', 33], ['2B', 15], ['2E', 2]],
  witness: [['2A', 45], ['2C', 35], ['2B', 15], ['3C', 5]],
  victim: [['2A', 68], ['2B', 20], ['2C', 10], ['3C', 2]],
  police: [['1A', 42], ['1B', 48], ['1C', 10]],
  technical: [['1B', 68], ['1A', 32]],
  partner_agency: [['1B', 38], ['2B', 30], ['2C', 20], ['1A', 12]],
  business: [['2B', 40], ['2C', 35], ['1B', 20], ['2D', 5]],
  chis: [['1B', 35], ['1C', 35], ['2C', 25], ['2E', 5]],
  open_source: [['2C', 45], ['2D', 30], ['1B', 25]],
  other: [['2C', 50], ['2D', 50]],
};

export function gradeFor(rng: Random, sourceType: SourceType): DemoGrade {
  const code = rng.weighted(GRADE_WEIGHTS[sourceType]);
  return { source: code[0] as SourceEvaluation, assessment: code[1] as IntelligenceAssessment };
}

/**
 * Conditions an originator sets on handling code C (free text: domain.md §1.3). Written as a
 * force intelligence unit would, naming a fictional originating team.
 */
const CONDITIONS: Record<'source' | 'victim' | 'partner' | 'general', readonly string[]> = {
  source: [
    'Risk to source: refer to the restricted risk assessment held by the Source Handling Unit before any action is taken.',
    'No onward dissemination without the originator’s consent. Contact the Source Handling Unit, Thorpe Wood, before acting.',
    'For intelligence purposes only: not for use in evidence or for executive action without reference to the originator.',
  ],
  victim: [
    'Do not disclose to the subject or to anyone at the premises. Contact the Victim and Witness Hub before any approach to the victim.',
    'Victim’s account: not to be shared outside Cambridgeshire Constabulary without the consent of the MSHT team.',
    'Do not disclose to the employer or labour provider named in this report.',
  ],
  partner: [
    'Partner-agency material: the originating agency’s consent is required before onward sharing.',
    'Shared under the county information-sharing agreement: not for onward dissemination outside policing.',
  ],
  general: [
    'Sanitise further before sharing outside Cambridgeshire Constabulary.',
    'Contact the MSHT intelligence team, Thorpe Wood, before acting on this report.',
    'Do not disclose to the subject.',
  ],
};

export interface DemoHandling {
  code: HandlingCode;
  conditions: string;
}

/** Covert sources are always C; victims' accounts often; most else is P. */
export function handlingFor(rng: Random, sourceType: SourceType): DemoHandling {
  const roll = (probability: number, pool: keyof typeof CONDITIONS): DemoHandling | null =>
    rng.chance(probability) ? { code: 'C', conditions: rng.pick(CONDITIONS[pool]) } : null;
  const conditional =
    sourceType === 'chis'
      ? roll(1, 'source')
      : sourceType === 'victim'
        ? roll(0.45, 'victim')
        : sourceType === 'partner_agency'
          ? roll(0.2, 'partner')
          : roll(0.05, 'general');
  return conditional ?? { code: 'P', conditions: '' };
}

/** OFFICIAL-SENSITIVE throughout; PERSONAL DATA where the report is about an identifiable victim. */
export function markingFor(rng: Random, sourceType: SourceType, aboutVictims: boolean): string {
  if (aboutVictims || sourceType === 'victim') return 'OFFICIAL-SENSITIVE PERSONAL DATA';
  // Open-source material (a public advert) is sometimes held at OFFICIAL.
  if (sourceType === 'open_source' && rng.chance(0.4)) return 'OFFICIAL';
  return 'OFFICIAL-SENSITIVE';
}
