import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/main/senderValidation';

const ours = new Set([7]);

describe('IPC sender validation', () => {
  it('trusts the top frame of our window showing the app', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: { url: 'app://fenlight/index.html', isTopFrame: true } }, ours)).toBe(true);
  });

  it('refuses a foreign frame inside our window', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: { url: 'app://fenlight/index.html', isTopFrame: false } }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: { url: 'https://evil.example/', isTopFrame: false } }, ours)).toBe(false);
  });

  it('refuses our window once it shows another origin', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: { url: 'https://evil.example/', isTopFrame: true } }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: { url: 'app://other/index.html', isTopFrame: true } }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: { url: 'file:///etc/passwd', isTopFrame: true } }, ours)).toBe(false);
  });

  it('refuses windows we did not create and frames that have gone', () => {
    expect(isTrustedSender({ webContentsId: 8, frame: { url: 'app://fenlight/index.html', isTopFrame: true } }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: null }, ours)).toBe(false);
  });
});
