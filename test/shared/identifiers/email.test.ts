import { describe, expect, it } from 'vitest';
import { parseEmail } from '@shared/identifiers';

describe('parseEmail', () => {
  it('lower-cases the domain but keeps the local part as written', () => {
    expect(parseEmail('Ionut.P@Example.CO.UK')).toEqual({
      ok: true,
      value: { normalised: 'Ionut.P@example.co.uk', local: 'Ionut.P', domain: 'example.co.uk' },
    });
  });

  it.each(['fenland.jobs+work@example.com', "o'brien@example.org", 'a@b.co', ' mailto:agency@example.net '])(
    'accepts %j',
    (raw) => {
      expect(parseEmail(raw).ok).toBe(true);
    },
  );

  it('rejects two @ signs', () => {
    expect(parseEmail('a@@example.com')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/exactly one @/),
    });
  });

  it('rejects a domain without a dot', () => {
    expect(parseEmail('someone@localhost')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/needs a dot/),
    });
  });

  it.each(['x y@example.com', '.dot@example.com', 'dot.@example.com', 'a..b@example.com', '@example.com'])(
    'rejects %j because the local part is unusable',
    (raw) => {
      expect(parseEmail(raw)).toMatchObject({ ok: false, reason: expect.stringMatching(/before the @/) });
    },
  );

  it.each(['a@-bad.com', 'a@example.c', 'a@exa_mple.com', 'a@example.123'])(
    'rejects %j because the domain is not valid',
    (raw) => {
      expect(parseEmail(raw)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/not a valid domain/),
      });
    },
  );

  it('rejects an empty entry', () => {
    expect(parseEmail('')).toEqual({ ok: false, reason: 'No e-mail address was given.' });
  });
});
