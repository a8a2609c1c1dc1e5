import { useId, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useShellStore } from '../shell/shellStore';
import { filterCommands, type PaletteCommand } from './commands';
import { usePaletteSearch } from './usePaletteSearch';
import './palette.css';

interface CommandPaletteProps {
  commands: PaletteCommand[];
  onClose(): void;
}

/** A line of the palette: a command, or a report or entity found by search. */
interface Entry {
  id: string;
  title: string;
  kind: 'command' | 'report' | 'entity';
  shortcut?: string | undefined;
  conditions?: string;
  run(): void;
}

const kindLabels = { report: 'Report', entity: 'Entity' } as const;

/**
 * Ctrl+K: type to find a command, a report or an entity; Enter runs or opens the highlighted
 * one. Commands come first (so a typed command name still runs on Enter), then records from
 * search.query.
 */
export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const openRecord = useShellStore((state) => state.openRecord);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => filterCommands(commands, query), [commands, query]);
  const search = usePaletteSearch(query);
  const entries = useMemo<Entry[]>(
    () => [
      ...matches.map((command): Entry => ({ id: command.id, title: command.title, kind: 'command', shortcut: command.shortcut, run: command.run })),
      ...search.options.map((option): Entry => ({ id: option.id, title: option.title, kind: option.kind, conditions: option.conditions, run: () => openRecord(option.record) })),
    ],
    [matches, search.options, openRecord],
  );
  const activeIndex = Math.min(active, Math.max(0, entries.length - 1));
  const searching = query.trim() !== '' && search.query !== query.trim();

  const run = (entry: Entry | undefined) => {
    if (!entry) return;
    onClose();
    entry.run();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % Math.max(1, entries.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + entries.length) % Math.max(1, entries.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(entries[activeIndex]);
    }
  };

  return (
    <Dialog title="Command palette" hideTitle onClose={onClose} className="palette">
      <input
        className="palette-input"
        role="combobox"
        aria-label="Search commands"
        aria-expanded={entries.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={entries.length > 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder="Type a command, or search reports and entities…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands and records" className="palette-list">
        {entries.map((entry, index) => {
          const optionId = `${listId}-${index}`;
          const firstRecord = entry.kind !== 'command' && (index === 0 || entries[index - 1]?.kind === 'command');
          return (
            <li
              key={entry.id}
              id={optionId}
              role="option"
              aria-selected={index === activeIndex}
              aria-describedby={entry.conditions ? `${optionId}-conditions` : undefined}
              className={`palette-option${firstRecord ? ' palette-first-record' : ''}`}
              onMouseEnter={() => setActive(index)}
              onClick={() => run(entry)}
            >
              <span className="palette-option-main">
                <span>{entry.title}</span>
                {entry.conditions && (
                  // Hidden from the name (which stays "URN — title") but read out as the option's description.
                  <span id={`${optionId}-conditions`} className="palette-conditions" aria-hidden="true">
                    Handling conditions: {entry.conditions}
                  </span>
                )}
              </span>
              {entry.shortcut && <kbd>{entry.shortcut}</kbd>}
              {entry.kind !== 'command' && (
                <span className="palette-kind" aria-hidden="true">
                  {kindLabels[entry.kind]}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {search.problems.length > 0 && (
        <p className="palette-hint" role="status">
          {search.problems.join(' ')}
        </p>
      )}
      {search.error && (
        <p className="error-text palette-hint" role="alert">
          {search.error}
        </p>
      )}
      {searching && matches.length === 0 && <p className="palette-hint">Searching reports and entities…</p>}
      {entries.length === 0 && !searching && <p className="empty-state">Nothing matches “{query}”.</p>}
    </Dialog>
  );
}
