import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? item.role ?? item.type ?? '');
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no ${label}`);
  return item;
}

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows', () => {
    const menu = buildMenuTemplate({ isMac: false, showDeveloperTools: false, command: () => undefined });
    expect(labels(menu)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = find(menu, '&File').submenu as MenuItemConstructorOptions[];
    expect(labels(file)).toEqual(['New vault…', 'Open vault…', 'separator', 'Lock', 'separator', 'Settings', 'separator', 'Quit']);
    expect(labels(find(menu, '&Help').submenu as MenuItemConstructorOptions[])).toEqual(['About Fenlight']);
  });

  it('sends shell commands to the workbench', () => {
    const command = vi.fn();
    const menu = buildMenuTemplate({ isMac: false, showDeveloperTools: false, command });
    const file = find(menu, '&File').submenu as MenuItemConstructorOptions[];
    for (const label of ['New vault…', 'Open vault…', 'Lock']) {
      (find(file, label).click as () => void)();
    }
    (find(find(menu, '&Help').submenu as MenuItemConstructorOptions[], 'About Fenlight').click as () => void)();
    expect(command.mock.calls.map((call) => call[0])).toEqual(['vault.new', 'vault.open', 'vault.lock', 'about.open']);
  });

  it('leaves Ctrl+L and Ctrl+K to the workbench so a key press acts once', () => {
    const menu = buildMenuTemplate({ isMac: false, showDeveloperTools: false, command: () => undefined });
    const file = find(menu, '&File').submenu as MenuItemConstructorOptions[];
    expect(find(file, 'Lock')).toMatchObject({ accelerator: 'CmdOrCtrl+L', registerAccelerator: false });
  });

  it('offers developer tools only in development', () => {
    const roles = (show: boolean) =>
      (find(buildMenuTemplate({ isMac: false, showDeveloperTools: show, command: () => undefined }), '&View').submenu as MenuItemConstructorOptions[]).map(
        (item) => item.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
