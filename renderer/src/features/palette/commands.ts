export interface PaletteCommand {
  id: string;
  title: string;
  /** Extra words that should find this command. */
  keywords?: string[];
  shortcut?: string;
  run(): void;
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/**
 * Commands matching every word typed, best first: a title starting with the query, then a
 * title word starting with it, then any match in the title or keywords.
 */
export function filterCommands(commands: PaletteCommand[], query: string): PaletteCommand[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands;
  const scored = commands
    .map((command, index) => {
      const title = normalise(command.title);
      const haystack = `${title} ${normalise((command.keywords ?? []).join(' '))}`;
      if (!words.every((word) => haystack.includes(word))) return null;
      const joined = words.join(' ');
      const score = title.startsWith(joined) ? 0 : title.split(/\s+/).some((w) => w.startsWith(words[0]!)) ? 1 : 2;
      return { command, score, index };
    })
    .filter((entry): entry is { command: PaletteCommand; score: number; index: number } => entry !== null);
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((entry) => entry.command);
}
