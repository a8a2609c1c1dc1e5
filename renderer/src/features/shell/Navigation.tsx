import { useShellStore, type View } from './shellStore';

const items: Array<{ view: View; label: string }> = [
  { view: 'workbench', label: 'Workbench' },
  { view: 'chart', label: 'Chart' },
  { view: 'map', label: 'Map' },
  { view: 'reports', label: 'Reports' },
  { view: 'entities', label: 'Entities' },
  { view: 'audit', label: 'Audit log' },
  { view: 'settings', label: 'Settings' },
];

export function Navigation() {
  const view = useShellStore((state) => state.view);
  const navigate = useShellStore((state) => state.navigate);
  return (
    <nav aria-label="Main navigation" className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === item.view ? 'page' : undefined}
              onClick={() => navigate(item.view)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
