import fs from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  extraResources: Array<{ from: string; to: string }>;
  win: { target: Array<{ target: string; arch: string[] }>; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  mac: { target: string };
  linux: { target: string };
  files: string[];
}

const config = load(fs.readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('packaging configuration', () => {
  it('builds a Windows x64 NSIS installer that offers a per-machine install, plus dmg and AppImage', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toBe('AppImage');
    expect(config.productName).toBe('Fenlight');
    expect(config.appId).toMatch(/fenlight/);
  });

  it('sets every fuse DESIGN.md lists', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('unpacks native modules from asar and ships the Electron build of SQLite, not the Node one', () => {
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toContainEqual({ from: '.native/package', to: 'native' });
    expect(config.extraResources).toContainEqual({ from: 'resources/fonts', to: 'fonts' });
    expect(config.files).toContain('!node_modules/better-sqlite3-multiple-ciphers/{build,deps,src}/**');
  });

  it('has the icons it names', () => {
    expect(fs.existsSync(config.win.icon)).toBe(true);
  });
});
