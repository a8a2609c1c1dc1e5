import { describe, expect, it } from 'vitest';
import { entityTypeCodes, entityTypeFtm, entityTypeLabels, entityTypePluralLabels } from '@shared/domain/entityTypes';
import { linkStrengthLabels, linkStrengthLineStyles } from '@shared/domain/linkStrengths';
import { linkDirectedByDefault, linkEndsAllowed, linkEndsProblem, linkTypeCodes, linkTypes } from '@shared/domain/linkTypes';

describe('link types', () => {
  it('includes every link type the analysts asked for', () => {
    expect(linkTypes.map((linkType) => linkType.label)).toEqual([
      'Lives at',
      'Works at',
      'Registered keeper',
      'Drives',
      'Associate',
      'Family',
      'Controls or exploits',
      'Employs',
      'Uses phone',
      'Visited',
      'Owns',
      'Directs',
      'Member of',
      'Paid',
      'Travelled with',
      'Recruited',
      'Transported',
      'Other',
    ]);
  });

  it('has unique codes whose ends are all known entity types', () => {
    expect(new Set(linkTypeCodes).size).toBe(linkTypeCodes.length);
    for (const linkType of linkTypes) {
      for (const end of [...linkType.from, ...linkType.to]) expect(entityTypeCodes).toContain(end);
    }
  });

  it('directs "Lives at" by default but not "Associate" or "Family"', () => {
    expect(linkDirectedByDefault('lives_at')).toBe(true);
    expect(linkDirectedByDefault('associate')).toBe(false);
    expect(linkDirectedByDefault('family')).toBe(false);
  });

  it('maps to FollowTheMoney edge schemas where one exists', () => {
    const ftm = Object.fromEntries(linkTypes.map((linkType) => [linkType.code, linkType.ftm?.schema ?? null]));
    expect(ftm).toMatchObject({
      associate: 'Associate',
      family: 'Family',
      employs: 'Employment',
      owns: 'Ownership',
      directs: 'Directorship',
      member_of: 'Membership',
      paid: 'Payment',
      other: 'UnknownLink',
      lives_at: null,
    });
  });

  it('puts the employer at the right end of an Employment edge whichever way the link reads', () => {
    expect(linkTypes.find((linkType) => linkType.code === 'employs')?.ftm).toMatchObject({ fromProperty: 'employer', toProperty: 'employee' });
    expect(linkTypes.find((linkType) => linkType.code === 'works_at')?.ftm).toMatchObject({ fromProperty: 'employee', toProperty: 'employer' });
  });
});

describe('link ends', () => {
  it('allows a person to live at a site', () => {
    expect(linkEndsAllowed('lives_at', 'person', 'site')).toBe(true);
  });

  it('refuses a site living at a person (the wrong way round)', () => {
    expect(linkEndsAllowed('lives_at', 'site', 'person')).toBe(false);
  });

  it('refuses a vehicle living at a site, saying what the link joins', () => {
    expect(linkEndsProblem('lives_at', 'vehicle', 'site')).toBe(
      'A “Lives at” link runs from a person to an address or site, so it cannot join a vehicle to an address or site.',
    );
  });

  it('allows an organisation to be the registered keeper of a vehicle', () => {
    expect(linkEndsAllowed('registered_keeper', 'organisation', 'vehicle')).toBe(true);
    expect(linkEndsAllowed('registered_keeper', 'person', 'phone')).toBe(false);
  });

  it('allows control of a victim’s bank account or identity documents', () => {
    expect(linkEndsAllowed('controls_or_exploits', 'person', 'account')).toBe(true);
    expect(linkEndsAllowed('controls_or_exploits', 'person', 'document')).toBe(true);
  });

  it('allows a vehicle seen at a site by ANPR', () => {
    expect(linkEndsAllowed('visited', 'vehicle', 'site')).toBe(true);
  });

  it('allows an undirected link between two people either way', () => {
    expect(linkEndsAllowed('associate', 'person', 'person')).toBe(true);
    expect(linkEndsAllowed('associate', 'person', 'vehicle')).toBe(false);
  });

  it('allows "Other" between any two entity types', () => {
    for (const from of entityTypeCodes) for (const to of entityTypeCodes) expect(linkEndsAllowed('other', from, to)).toBe(true);
  });
});

describe('entity types and link strengths', () => {
  it('labels every entity type, singular and plural', () => {
    for (const code of entityTypeCodes) {
      expect(entityTypeLabels[code]).toBeTruthy();
      expect(entityTypePluralLabels[code]).toBeTruthy();
    }
    expect(entityTypeLabels.organisation).toBe('Organisation');
  });

  it('maps entity types to FollowTheMoney, with phones and emails as properties', () => {
    expect(entityTypeFtm.person.schema).toBe('Person');
    expect(entityTypeFtm.site.schema).toBe('Address');
    expect(entityTypeFtm.organisation).toMatchObject({ schema: 'Organization', alternative: 'Company' });
    expect(entityTypeFtm.account.schema).toBe('BankAccount');
    expect(entityTypeFtm.document).toMatchObject({ schema: 'Identification', alternative: 'Passport' });
    expect(entityTypeFtm.phone).toMatchObject({ schema: null, property: 'phone', localSchema: 'Phone' });
    expect(entityTypeFtm.email).toMatchObject({ schema: null, property: 'email' });
  });

  it('draws confirmed links solid, unconfirmed dashed and tentative dotted, as i2 does', () => {
    expect(linkStrengthLabels).toEqual({ confirmed: 'Confirmed', unconfirmed: 'Unconfirmed', tentative: 'Tentative' });
    expect(linkStrengthLineStyles).toEqual({ confirmed: 'solid', unconfirmed: 'dashed', tentative: 'dotted' });
  });
});
