import { describe, expect, it } from 'vitest';
import { filterCommands, type PaletteCommand } from '../../../../renderer/src/features/palette/commands';

const command = (id: string, title: string, keywords: string[] = []): PaletteCommand => ({ id, title, keywords, run: () => undefined });
const commands = [
  command('map', 'Go to map', ['sites']),
  command('settings', 'Open settings', ['preferences']),
  command('dark', 'Use dark theme', ['night']),
  command('about', 'About Fenlight'),
];

describe('command palette matching', () => {
  it('lists everything for an empty query', () => {
    expect(filterCommands(commands, '  ').map((c) => c.id)).toEqual(['map', 'settings', 'dark', 'about']);
  });

  it('matches every typed word in the title or keywords', () => {
    expect(filterCommands(commands, 'dark theme').map((c) => c.id)).toEqual(['dark']);
    expect(filterCommands(commands, 'prefer').map((c) => c.id)).toEqual(['settings']);
  });

  it('ranks a title that starts with the query first', () => {
    const ranked = filterCommands([command('a', 'Open settings'), command('b', 'About settings')], 'about');
    expect(ranked.map((c) => c.id)).toEqual(['b']);
    expect(filterCommands([command('x', 'Go to map'), command('y', 'Map export')], 'map').map((c) => c.id)).toEqual(['y', 'x']);
  });

  it('ignores accents and case', () => {
    expect(filterCommands([command('p', 'Find Ionuț Popescu')], 'ionut').map((c) => c.id)).toEqual(['p']);
  });
});
