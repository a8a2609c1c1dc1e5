import { describe, expect, it } from 'vitest';
import { engineCallNames, type EngineCallName } from '@shared/contract';
import { mergeHandlerTables } from '../../electron/engine/handlers';
import { createEngine } from '../../electron/engine/index';
import { testEngineOptions } from '../helpers/engineOptions';

const handler = () => ({}) as never;

describe('engine composition root', () => {
  it('implements every engine call of the contract at start-up', () => {
    expect(() => createEngine(testEngineOptions())).not.toThrow();
  });

  it('fails at start-up when a contract call has no handler', () => {
    const names: EngineCallName[] = ['app.info', 'jobs.list'];
    expect(() => mergeHandlerTables([{ domain: 'app', handlers: { 'app.info': handler } }], names)).toThrow(
      /no handler: jobs\.list/,
    );
  });

  it('fails at start-up when two domains claim the same call', () => {
    expect(() =>
      mergeHandlerTables(
        [
          { domain: 'app', handlers: { 'app.info': handler } },
          { domain: 'other', handlers: { 'app.info': handler } },
        ],
        ['app.info'],
      ),
    ).toThrow(/implemented twice \(by app and other\)/);
  });

  it('fails at start-up when a domain implements a call the contract does not declare', () => {
    const rogue = { 'app.rogue': handler } as unknown as Record<EngineCallName, never>;
    expect(() => mergeHandlerTables([{ domain: 'app', handlers: rogue }], engineCallNames)).toThrow(/does not declare/);
  });
});

describe('engine calls', () => {
  it('answers app.info with version, build, platform and folders', async () => {
    const options = testEngineOptions();
    const engine = createEngine(options);
    const result = await engine.call('app.info', {});
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: 'Fenlight',
        version: '0.0.0-test',
        dataFolder: options.dataFolder,
        defaultVaultFolder: options.defaultVaultFolder,
        platform: expect.objectContaining({ arch: process.arch }),
      }),
    });
  });

  it('refuses an unknown call name with INVALID_INPUT instead of throwing', async () => {
    const engine = createEngine(testEngineOptions());
    const result = await engine.call('vault.dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a shell call, which only the shell may answer', async () => {
    const engine = createEngine(testEngineOptions());
    const result = await engine.call('shell.pickFolder', { title: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses input that fails the schema, naming the problem in plain words', async () => {
    const engine = createEngine(testEngineOptions());
    const result = await engine.call('settings.update', { idleLockMinutes: 0 });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Idle lock time must be at least 1 minute.',
        details: { issues: [{ path: 'idleLockMinutes', message: 'Idle lock time must be at least 1 minute.' }] },
      },
    });
  });

  it('refuses unexpected fields rather than ignoring them', async () => {
    const engine = createEngine(testEngineOptions());
    const result = await engine.call('app.info', { verbose: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('turns an unexpected failure into INTERNAL without leaking its details', async () => {
    const logged: string[] = [];
    const engine = createEngine(testEngineOptions({ log: (message) => logged.push(message) }));
    const result = await engine.call('jobs.get', { jobId: 'does-not-exist' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(logged).toEqual([]);
  });

  it('persists settings and announces the change', async () => {
    const options = testEngineOptions();
    const engine = createEngine(options);
    const seen: unknown[] = [];
    engine.subscribe((event) => seen.push(event));
    const result = await engine.call('settings.update', { theme: 'dark' });
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark', idleLockMinutes: 15 } });
    expect(seen).toEqual([{ name: 'settings.changed', payload: { theme: 'dark', idleLockMinutes: 15 } }]);
    const reopened = createEngine(options);
    expect(await reopened.call('settings.get', {})).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });
});
