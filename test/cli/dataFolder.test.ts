import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDataFolder } from '../../electron/cli/dataFolder';

describe('the command line’s data folder', () => {
  it('uses FENLIGHT_DATA_DIR when it is set, relative to where the command was run', () => {
    expect(cliDataFolder({ FENLIGHT_DATA_DIR: '/srv/fenlight-data' }, '/home/priya', 'linux', '/home/priya')).toBe(path.resolve('/srv/fenlight-data'));
    expect(cliDataFolder({ FENLIGHT_DATA_DIR: 'scratch' }, '/home/priya/work', 'linux', '/home/priya')).toBe(path.resolve('/home/priya/work', 'scratch'));
  });

  it('ignores a blank FENLIGHT_DATA_DIR rather than writing to the working folder', () => {
    expect(cliDataFolder({ FENLIGHT_DATA_DIR: ' ' }, '/tmp', 'linux', '/home/priya')).toBe('/home/priya/.config/Fenlight');
  });

  it('shares the app’s folder on Windows: %APPDATA%\\Fenlight', () => {
    expect(cliDataFolder({ APPDATA: 'C:\\Users\\pshah\\AppData\\Roaming' }, 'C:\\', 'win32', 'C:\\Users\\pshah')).toBe('C:\\Users\\pshah\\AppData\\Roaming\\Fenlight');
    expect(cliDataFolder({}, 'C:\\', 'win32', 'C:\\Users\\pshah')).toBe('C:\\Users\\pshah\\AppData\\Roaming\\Fenlight');
  });

  it('shares the app’s folder on macOS: ~/Library/Application Support/Fenlight', () => {
    expect(cliDataFolder({}, '/', 'darwin', '/Users/pshah')).toBe('/Users/pshah/Library/Application Support/Fenlight');
  });

  it('shares the app’s folder on Linux: $XDG_CONFIG_HOME/Fenlight, else ~/.config/Fenlight', () => {
    expect(cliDataFolder({ XDG_CONFIG_HOME: '/home/pshah/.cfg' }, '/', 'linux', '/home/pshah')).toBe('/home/pshah/.cfg/Fenlight');
    expect(cliDataFolder({}, '/', 'linux', '/home/pshah')).toBe('/home/pshah/.config/Fenlight');
  });
});
