import { describe, expect, it } from 'vitest';
import { dataSubjectCategoryCodes, dataSubjectCategoryLabels } from '@shared/domain/dataSubjects';
import {
  exploitationCodes,
  exploitationLabel,
  exploitationParent,
  exploitationSubtypes,
  exploitationTypeCodes,
  exploitationTypeLabels,
} from '@shared/domain/exploitation';
import { indicatorCodes, indicatorGroupCodes, indicatorHeadings, indicatorLabel, indicatorsInGroup, isIndicatorCode } from '@shared/domain/indicators';
import { competentAuthorityLabels, nrmOutcomeCodes, supportTypeCodes, supportTypeLabels } from '@shared/domain/nrm';
import { siteTypeCodes, siteTypeLabels } from '@shared/domain/siteTypes';
import { isSourceType, sourceTypeCodes, sourceTypeLabels } from '@shared/domain/sourceTypes';

function expectLabelled(codes: readonly string[], labels: Record<string, string>): void {
  expect(new Set(codes).size).toBe(codes.length);
  expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  for (const code of codes) expect(labels[code]?.trim()).toBeTruthy();
}

describe('source types', () => {
  it('labels every source type', () => {
    expectLabelled(sourceTypeCodes, sourceTypeLabels);
  });

  it('spells out CHIS and names the reporting services as they are known', () => {
    expect(sourceTypeLabels.chis).toBe('CHIS (covert human intelligence source)');
    expect(sourceTypeLabels.crimestoppers).toBe('Crimestoppers');
    expect(sourceTypeLabels.modern_slavery_helpline).toBe('Modern Slavery Helpline');
    expect(sourceTypeLabels.technical).toBe('Technical (ANPR, CCTV, forensic)');
  });

  it('refuses an unknown source type', () => {
    expect(isSourceType('informant')).toBe(false);
  });
});

describe('exploitation types', () => {
  it('has the NRM core types including unknown', () => {
    expectLabelled(exploitationTypeCodes, exploitationTypeLabels);
    expect(exploitationTypeCodes).toEqual(['labour', 'sexual', 'criminal', 'domestic_servitude', 'organ_harvesting', 'unknown']);
  });

  it('puts each sub-type under its core type', () => {
    expect(exploitationParent('hand_car_wash')).toBe('labour');
    expect(exploitationParent('nail_bar')).toBe('labour');
    expect(exploitationParent('agriculture')).toBe('labour');
    expect(exploitationParent('county_lines')).toBe('criminal');
    expect(exploitationParent('cannabis_cultivation')).toBe('criminal');
    expect(exploitationParent('forced_begging')).toBe('criminal');
    expect(exploitationParent('benefit_fraud')).toBe('criminal');
    expect(exploitationParent('sham_marriage')).toBe('criminal');
  });

  it('keeps forced marriage as an "other" tag outside the core types', () => {
    expect(exploitationParent('forced_marriage')).toBeNull();
    expect(exploitationLabel('forced_marriage')).toBe('Forced marriage');
  });

  it('has unique codes across types, sub-types and tags', () => {
    expect(new Set(exploitationCodes).size).toBe(exploitationCodes.length);
    expect(exploitationSubtypes.every((subtype) => exploitationTypeCodes.includes(subtype.parent))).toBe(true);
  });
});

describe('indicators', () => {
  it('groups indicators as the statutory guidance does', () => {
    expect(indicatorGroupCodes).toEqual(['physical', 'psychological', 'situational', 'environmental']);
    expect(indicatorHeadings.map((heading) => heading.label)).toEqual([
      'Physical and psychological indicators',
      'Situational and environmental indicators',
    ]);
    for (const group of indicatorGroupCodes) expect(indicatorsInGroup(group).length).toBeGreaterThan(3);
  });

  it('has unique, stable codes with labels', () => {
    expect(new Set(indicatorCodes).size).toBe(indicatorCodes.length);
    expect(indicatorLabel('no_identity_documents')).toBe('No identity or travel documents, or someone else holds them');
    expect(isIndicatorCode('lives_at_workplace')).toBe(true);
    expect(isIndicatorCode('looks_nervous')).toBe(false);
  });
});

describe('site types, data subjects and the NRM', () => {
  it('labels every site type', () => {
    expectLabelled(siteTypeCodes, siteTypeLabels);
    expect(siteTypeLabels.hmo_shared_house).toBe('House in multiple occupation (HMO) or shared house');
  });

  it('has the DPA 2018 s38 data-subject categories', () => {
    expectLabelled(dataSubjectCategoryCodes, dataSubjectCategoryLabels);
    expect(dataSubjectCategoryCodes).toEqual(expect.arrayContaining(['suspect', 'victim', 'potential_victim', 'witness', 'other']));
  });

  it('has the NRM outcomes, competent authorities and hub support types', () => {
    expect(nrmOutcomeCodes).toEqual(['positive', 'negative', 'pending', 'withdrawn']);
    expect(competentAuthorityLabels).toEqual({
      SCA: 'Single Competent Authority (SCA)',
      IECA: 'Immigration Enforcement Competent Authority (IECA)',
    });
    expectLabelled(supportTypeCodes, supportTypeLabels);
  });
});
