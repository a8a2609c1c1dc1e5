import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withMetaPolicy } from '@shared/security/csp';
import { checkTileServerUrl } from '@shared/security/tileServerUrl';

describe('CSP with the force tile server', () => {
  it('adds nothing without a tile server', () => {
    expect(contentSecurityPolicy()).not.toMatch(/https:/);
  });

  it('adds exactly the opted-in origin to img-src and connect-src, and nowhere else', () => {
    const policy = contentSecurityPolicy({ tileServer: 'https://tiles.cambs.police.uk' });
    const directives = policy.split('; ');
    const withOrigin = directives.filter((directive) => directive.includes('https://tiles.cambs.police.uk'));
    expect(withOrigin.map((directive) => directive.split(' ')[0])).toEqual(['img-src', 'connect-src']);
  });

  it('ignores anything that is not a bare https origin, so a setting cannot widen the policy', () => {
    for (const tileServer of ['http://tiles.example', 'https://*', "https://a.example 'unsafe-eval'", 'https://a.example/path', 'https://a.example; script-src *']) {
      expect(contentSecurityPolicy({ tileServer })).toBe(contentSecurityPolicy());
    }
  });

  it('rewrites the page\'s <meta> policy to the one given', () => {
    const html = '<head><meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;"><title>x</title>';
    expect(withMetaPolicy(html, "img-src 'self' https://t.example")).toBe(
      '<head><meta http-equiv="Content-Security-Policy" content="img-src &#39;self&#39; https://t.example"><title>x</title>',
    );
  });
});

describe('tile server address', () => {
  it('accepts an https template and gives its origin', () => {
    expect(checkTileServerUrl(' https://tiles.cambs.police.uk:8443/osm/{z}/{x}/{y}.png?style=grey ')).toEqual({
      ok: true,
      url: 'https://tiles.cambs.police.uk:8443/osm/{z}/{x}/{y}.png?style=grey',
      origin: 'https://tiles.cambs.police.uk:8443',
    });
  });

  it.each([
    ['', /Enter the tile server address/],
    ['tiles.example/{z}/{x}/{y}', /not a web address/],
    ['http://tiles.example/{z}/{x}/{y}.png', /must start with https:\/\//],
    ['https://user:secret@tiles.example/{z}/{x}/{y}.png', /Leave the user name and password out/],
    ['https://{z}.tiles.example/{x}/{y}.png', /not in the server name/],
    ['https://tiles.example/{z}/{x}/{y}.png#top', /cannot contain "#"/],
    ['https://tiles.example/{z}/{y}.png', /needs \{x\}/],
  ])('refuses %j', (url, reason) => {
    const checked = checkTileServerUrl(url);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(reason);
  });
});
