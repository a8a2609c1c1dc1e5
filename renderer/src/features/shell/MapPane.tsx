export function MapPane() {
  return (
    <section className="pane map-pane" aria-label="Map">
      <h2 className="panel-title">Map</h2>
      <div className="empty-state">
        <p>No sites to show yet.</p>
        <p>Sites with a location — car washes, farms, HMOs and other addresses — appear here once a vault holds them.</p>
      </div>
    </section>
  );
}
