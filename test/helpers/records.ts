import type { ReportInput } from '@shared/schemas/report';
import type { EntityInput } from '@shared/schemas/entity';
import type { EntityDetail, ReportDetail } from '@shared/records';
import type { Engine } from '../../electron/engine/index';
import { value } from './testVault';

let urnCounter = 0;

/** A valid report; override any field. Dates are fixed in the past. */
export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  urnCounter += 1;
  return {
    urn: `IR/2026/${String(urnCounter).padStart(5, '0')}`,
    title: 'Workers collected from HMO in Wisbech at 05:00',
    originalText: 'Caller (neighbour, name withheld) says the men are driven away in a white van AB12 CDE every morning.',
    sanitisedText: 'Men seen collected from an HMO in Wisbech before dawn in a white van AB12 CDE; phone 07700 900123 given as contact.',
    sourceEvaluation: '2',
    intelligenceAssessment: 'C',
    handlingCode: 'P',
    protectiveMarking: 'OFFICIAL-SENSITIVE',
    sourceType: 'member_of_public',
    exploitationTypes: ['labour'],
    indicators: [],
    occurredOn: '2026-03-02',
    receivedOn: '2026-03-03',
    recordedOn: '2026-03-04',
    author: { name: 'Priya Shah', staffNumber: 'CC4127' },
    district: 'E07000010',
    mopiGroup: 3,
    ...overrides,
  };
}

export const PERSON: EntityInput = { type: 'person', name: 'Ionuț POPESCU', aliases: ['Johnny'], dateOfBirth: '1990-04-12', category: 'suspect', nationalities: ['RO'] };
export const VAN: EntityInput = { type: 'vehicle', vrm: 'ab12cde', make: 'Ford', model: 'Transit', colour: 'White' };

export async function createReport(engine: Engine, overrides: Partial<ReportInput> = {}): Promise<ReportDetail> {
  return value<ReportDetail>(await engine.call('reports.create', { report: reportInput(overrides) }));
}

export async function createEntity(engine: Engine, entity: EntityInput, reportIds: string[] = []): Promise<EntityDetail> {
  return value<EntityDetail>(await engine.call('entities.create', { entity, evidence: reportIds.map((reportId) => ({ reportId })) }));
}
