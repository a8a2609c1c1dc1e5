/** The right-hand panel: the selected item's properties and the reports behind it. */
export function Inspector() {
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2 className="panel-title">Inspector</h2>
      <p className="empty-state">
        Select an item on the chart or the map to see its details here, with the graded reports that support it.
      </p>
    </aside>
  );
}
