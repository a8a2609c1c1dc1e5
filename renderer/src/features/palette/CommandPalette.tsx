import { useId, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { filterCommands, type PaletteCommand } from './commands';

interface CommandPaletteProps {
  commands: PaletteCommand[];
  onClose(): void;
}

/** Ctrl+K: type to find a command (and, as vaults fill, records); Enter runs the highlighted one. */
export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => filterCommands(commands, query), [commands, query]);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  const run = (command: PaletteCommand | undefined) => {
    if (!command) return;
    onClose();
    command.run();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % Math.max(1, matches.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(matches[activeIndex]);
    }
  };

  return (
    <Dialog title="Command palette" hideTitle onClose={onClose} className="palette">
      <input
        className="palette-input"
        role="combobox"
        aria-label="Search commands"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches.length > 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="palette-option"
            onMouseEnter={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span>{command.title}</span>
            {command.shortcut && <kbd>{command.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="empty-state">Nothing matches “{query}”.</p>}
    </Dialog>
  );
}
