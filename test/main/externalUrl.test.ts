import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../electron/main/externalUrl';

describe('links opened in the system browser', () => {
  it.each(['https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims', 'https://www.legislation.gov.uk/ukpga/2015/30'])(
    'allows the https page %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://www.gov.uk/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'https://user:pass@www.gov.uk/',
    'https://localhost/',
    'https://192.168.1.10/',
    'https://[::1]/',
    'https://intranet/',
    'not a url',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
