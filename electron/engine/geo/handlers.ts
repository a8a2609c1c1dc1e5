import type { EngineContext } from '../context';
import type { HandlerTable } from '../handlers';
import { announce, records } from '../records/recordContext';
import { readGeoJsonLayer } from './geoJsonLayer';
import { GeoService } from './geoService';
import { inspectPostcodeFile, postcodeImportJob } from './postcodeImport';

/** The most entity ids one CONSULT entry lists; the count is always recorded. */
const MAX_AUDIT_TARGETS = 5_000;

export function geoHandlers(context: EngineContext): HandlerTable {
  const service = () => new GeoService(records(context).session.db);
  return {
    'geo.features': ({ filter, includeLinked, limit }) => {
      const rc = records(context);
      const result = new GeoService(rc.session.db).features(filter, includeLinked, limit);
      // Showing records on the map is a consultation of them (DESIGN.md, Audit).
      rc.session.transaction(() =>
        rc.session.audit.append({
          action: 'CONSULT',
          operation: 'geo.features',
          targets: result.features.ids.slice(0, MAX_AUDIT_TARGETS).map((id) => ({ type: 'entity', id })),
          details: { facts: { shownOnMap: result.features.ids.length } },
        }),
      );
      return result;
    },
    'geo.within': ({ area, includeLinked }) => ({ entityIds: service().within(area, includeLinked) }),
    'geo.lookupPostcode': ({ postcode }) => service().lookupPostcode(postcode),
    'geo.postcodeDirectory': () => ({ postcodes: service().directorySize() }),
    'geo.importPostcodes': ({ path }) => {
      records(context);
      const layout = inspectPostcodeFile(path);
      const job = postcodeImportJob(
        () => context.vaults.requireSession(),
        () => announce(context, ['postcodes']),
      );
      return context.jobs.start(job, { path, layout });
    },
    'geo.readGeoJson': ({ path }) => readGeoJsonLayer(path),
  };
}
