import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Protocol } from 'electron';
import { appResponseHeaders, registerAppProtocol, resolveAppRequest } from '../../electron/main/appProtocol';
import { tempDir } from '../helpers/tempDir';

const root = path.resolve('/opt/fenlight/out/renderer');

describe('app:// protocol guard', () => {
  it('serves index.html for the root and files inside the build', () => {
    expect(resolveAppRequest(root, 'GET', 'app://fenlight/')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppRequest(root, 'GET', 'app://fenlight/assets/index-abc.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets/index-abc.js'),
    });
  });

  it.each([
    ['plain ..', 'app://fenlight/assets/../../secret.txt'],
    ['encoded dots', 'app://fenlight/%2e%2e/%2e%2e/secret.txt'],
    ['encoded slash', 'app://fenlight/..%2f..%2fsecret.txt'],
    ['double-encoded', 'app://fenlight/%252e%252e%252fsecret.txt'],
    ['encoded backslash', 'app://fenlight/..%5c..%5csecret.txt'],
    ['NUL byte', 'app://fenlight/index.html%00.png'],
  ])('never resolves outside the build (%s)', (_name, url) => {
    const result = resolveAppRequest(root, 'GET', url);
    if (result.ok) expect(result.filePath.startsWith(root + path.sep)).toBe(true);
    else expect([400, 403]).toContain(result.status);
  });

  it('refuses encoded traversal outright rather than normalising it', () => {
    expect(resolveAppRequest(root, 'GET', 'app://fenlight/..%2f..%2fsecret.txt')).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest(root, 'GET', 'app://fenlight/a%5c..%5c..%5csecret')).toEqual({ ok: false, status: 403 });
  });

  it('refuses other hosts, other schemes and methods other than GET', () => {
    expect(resolveAppRequest(root, 'GET', 'app://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest(root, 'GET', 'https://fenlight/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest(root, 'POST', 'app://fenlight/index.html')).toEqual({ ok: false, status: 405 });
  });

  it('sends a Content-Security-Policy header that allows only the app itself', () => {
    const headers = appResponseHeaders('/x/index.html');
    expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('app:// protocol handler', () => {
  it('answers with the file and the CSP header, and refuses files outside the build', async () => {
    const dir = tempDir();
    const build = path.join(dir, 'renderer');
    fs.mkdirSync(build);
    fs.writeFileSync(path.join(build, 'index.html'), '<!doctype html><title>Fenlight</title>');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'vault key');
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(build, 'link.txt'));

    let handler: ((request: Request) => Promise<Response>) | undefined;
    registerAppProtocol({ handle: (_s: string, fn: typeof handler) => (handler = fn) } as unknown as Protocol, build);
    const fetchApp = (url: string) => handler!({ method: 'GET', url } as Request);

    const index = await fetchApp('app://fenlight/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await index.text()).toContain('Fenlight');
    expect((await fetchApp('app://fenlight/..%2fsecret.txt')).status).toBe(403);
    expect((await fetchApp('app://fenlight/link.txt')).status).toBe(403);
    expect((await fetchApp('app://fenlight/missing.js')).status).toBe(404);
  });
});
