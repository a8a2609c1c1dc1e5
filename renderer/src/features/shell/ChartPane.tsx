export function ChartPane() {
  return (
    <section className="pane chart-pane" aria-label="Link chart">
      <h2 className="panel-title">Link chart</h2>
      <div className="empty-state">
        <p>The chart is empty.</p>
        <p>
          Open or create a vault, then add people, addresses, vehicles and phones from search (<kbd>Ctrl+K</kbd>), from a
          report or from an entity’s profile.
        </p>
      </div>
    </section>
  );
}
