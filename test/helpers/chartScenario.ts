import type { ChartDocument } from '@shared/chart/document';
import type { EntityDetail, LinkDetail } from '@shared/records';
import type { Engine } from '../../electron/engine/index';
import { createEntity, createReport } from './records';
import { value } from './testVault';

/** A small case on a chart: a suspect, a victim, a car wash and a van, with graded evidence. */
export async function chartScenario(engine: Engine) {
  const officer = await createReport(engine, { sourceEvaluation: '1', intelligenceAssessment: 'B', protectiveMarking: 'OFFICIAL-SENSITIVE PERSONAL DATA', sourceType: 'police' });
  const caller = await createReport(engine, {
    sourceEvaluation: '2',
    intelligenceAssessment: 'C',
    handlingCode: 'C',
    handlingConditions: 'Do not disclose to the site owner.',
    sourceType: 'crimestoppers',
  });
  const suspect = await createEntity(engine, { type: 'person', name: 'Ionuț POPESCU', aliases: ['Johnny'], dateOfBirth: '1990-04-12', category: 'suspect', nationalities: ['RO'] }, [officer.summary.id]);
  const victim = await createEntity(engine, { type: 'person', name: 'Agnieszka Wójcik', category: 'victim', estimatedAge: 24, ageDisputed: true }, [caller.summary.id]);
  const wash = await createEntity(engine, { type: 'site', name: 'Sparkle Hand Car Wash', lines: ['Unit 4, Fen Road'], town: 'Wisbech', postcode: 'PE13 2AA', siteType: 'hand_car_wash' }, [caller.summary.id]);
  const van = await createEntity(engine, { type: 'vehicle', vrm: 'AB12CDE', make: 'Ford', model: 'Transit', colour: 'White' }, [officer.summary.id]);
  const link = async (fromId: string, toId: string, type: string, strength: string, reports: string[]) =>
    value<LinkDetail>(await engine.call('links.create', { link: { fromId, toId, type, strength }, evidence: reports.map((reportId) => ({ reportId })) }));
  const controls = await link(suspect.summary.id, victim.summary.id, 'controls_or_exploits', 'unconfirmed', [caller.summary.id]);
  const works = await link(victim.summary.id, wash.summary.id, 'works_at', 'confirmed', [caller.summary.id]);
  const drives = await link(suspect.summary.id, van.summary.id, 'drives', 'tentative', [officer.summary.id]);
  const entities: EntityDetail[] = [suspect, victim, wash, van];
  const document: ChartDocument = {
    version: 1,
    nodes: entities.map((entity, index) => ({ entityId: entity.summary.id, x: index * 150, y: index % 2 === 0 ? 0 : 120, pinned: false, hidden: false, groupId: null, style: {} })),
    links: [controls, works, drives].map((detail) => ({ linkId: detail.link.id, hidden: false, style: {} })),
    groups: [],
    annotations: [],
    filters: { mode: 'dim' },
  };
  return { officer, caller, suspect, victim, wash, van, links: { controls, works, drives }, document };
}
