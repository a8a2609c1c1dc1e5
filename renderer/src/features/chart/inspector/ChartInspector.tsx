/** What the inspector shows: the one selected entity, else the focused chart link, else a summary. */
import { useSelectionStore } from '../../selection/selectionStore';
import { useChartStore } from '../chartStore';
import { EntityInspector } from './EntityInspector';
import { LinkInspector } from './LinkInspector';
import '../chart.css';

export function ChartInspector() {
  const selected = useSelectionStore((state) => state.selected);
  const focusedLinkId = useChartStore((state) => state.focusedLinkId);
  const entities = useChartStore((state) => state.entities);
  if (selected.length === 1) return <EntityInspector key={selected[0]} entityId={selected[0]!} />;
  if (selected.length === 0 && focusedLinkId)
    return <LinkInspector key={focusedLinkId} linkId={focusedLinkId} />;
  if (selected.length > 1) {
    return (
      <div className="inspector-body">
        <p>{selected.length.toLocaleString('en-GB')} entities selected.</p>
        <ul className="evidence-list" aria-label="Selected entities">
          {selected.slice(0, 100).map((id) => (
            <li key={id}>
              <button
                type="button"
                className="link-button"
                onClick={() => useSelectionStore.getState().select([id], 'inspector')}
              >
                {entities.get(id)?.summary.chartLabel ?? 'Entity not on the chart'}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <p className="empty-state">
      Select an item on the chart or the map to see its details here, with the graded reports that support it.
    </p>
  );
}
