import { ChartInspector } from '../chart/inspector/ChartInspector';

/** The right-hand panel: the selected item's properties and the reports behind it. */
export function Inspector() {
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2 className="panel-title">Inspector</h2>
      <ChartInspector />
    </aside>
  );
}
