import type { EntityDetail } from '@shared/records';
import { propertyRows, victimRows, type PropertyRow } from './propertyRows';

function PropertyList({ rows, label }: { rows: PropertyRow[]; label: string }) {
  return (
    <dl className="property-list" aria-label={label}>
      {rows.map((row) => (
        <div key={row.label} className="property-row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Properties by type, aliases, and for victims the NRM and support panel. */
export function PropertiesSection({ detail }: { detail: EntityDetail }) {
  const { fields } = detail;
  const aliases = fields.type === 'person' || fields.type === 'organisation' ? fields.aliases : [];
  const victim =
    fields.type === 'person' && (fields.category === 'victim' || fields.category === 'potential_victim')
      ? fields.victim
      : null;
  return (
    <section className="profile-section" aria-labelledby="entity-properties">
      <h2 id="entity-properties">Properties</h2>
      <PropertyList rows={propertyRows(fields)} label="Properties" />
      {(fields.type === 'person' || fields.type === 'organisation') && (
        <>
          <h3>{fields.type === 'person' ? 'Aliases' : 'Other names'}</h3>
          {aliases.length ? (
            <ul className="alias-list" aria-label={fields.type === 'person' ? 'Aliases' : 'Other names'}>
              {aliases.map((alias) => (
                <li key={alias}>{alias}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">None recorded.</p>
          )}
        </>
      )}
      {fields.type === 'person' &&
        (fields.category === 'victim' || fields.category === 'potential_victim') && (
          <div className="victim-summary">
            <h3>NRM and victim support</h3>
            {victim ? (
              <PropertyList rows={victimRows(victim)} label="NRM and victim support" />
            ) : (
              <p className="muted">No NRM or support details recorded yet.</p>
            )}
          </div>
        )}
    </section>
  );
}
