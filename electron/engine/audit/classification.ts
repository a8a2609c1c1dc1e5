import type { AuditAction } from '@shared/audit';
import type { EngineCallName } from '@shared/contract';

/**
 * Every engine call, classified by the s62 operation it performs. The type makes a new call
 * without a classification a compile error; a test checks it again at run time, and the engine
 * checks after each call that a classified call wrote its entry.
 */
/** Calls that only start a job: the job writes their audit entries as it commits its work. */
export const auditedByJob = new Set<EngineCallName>(['import.start', 'demo.load']);

export const callAuditClass: Record<EngineCallName, AuditAction | 'none'> = {
  'app.info': 'none',
  'settings.get': 'none',
  'settings.update': 'none',
  // Choosing a basemap touches no vault; tile requests are deliberately never recorded.
  'basemap.get': 'none',
  'basemap.openFile': 'none',
  'basemap.use': 'none',
  'basemap.setTileServer': 'none',
  'vault.status': 'none',
  'vault.create': 'none',
  'vault.open': 'none',
  'vault.unlock': 'none',
  'vault.unlockWithRecoveryKey': 'none',
  'vault.lock': 'none',
  'vault.touch': 'none',
  'vault.confirmRecoveryKey': 'none',
  'vault.changePassphrase': 'none',
  'vault.regenerateRecoveryKey': 'none',
  'vault.check': 'none',
  'vault.setMarkingDescriptors': 'ALTER',
  // A backup is an encrypted copy under the same keys, not a disclosure to anyone.
  'vault.backup': 'none',
  'vault.restore': 'none',
  'audit.list': 'none',
  'audit.verify': 'none',
  'audit.export': 'DISCLOSE',
  'reports.create': 'COLLECT',
  'reports.update': 'ALTER',
  'reports.get': 'CONSULT',
  'reports.delete': 'ERASE',
  'reports.list': 'none',
  'reports.extract': 'none',
  'reports.savedViews': 'none',
  'reports.saveView': 'none',
  'reports.deleteView': 'none',
  'entities.create': 'COLLECT',
  'entities.update': 'ALTER',
  'entities.get': 'CONSULT',
  'entities.delete': 'ERASE',
  'entities.list': 'none',
  'entities.markReviewed': 'ALTER',
  'evidence.add': 'ALTER',
  'evidence.remove': 'ALTER',
  'links.create': 'COLLECT',
  'links.update': 'ALTER',
  'links.get': 'CONSULT',
  'links.delete': 'ERASE',
  'duplicates.list': 'none',
  // A judgement about two records, kept in its own table; neither record changes.
  'duplicates.dismiss': 'none',
  'entities.merge': 'COMBINE',
  // Undoing a merge puts both records back as they were: an alteration of each.
  'entities.unmerge': 'ALTER',
  'search.query': 'none',
  // The job writes one COLLECT per batch as it commits (and an ERASE if a cancelled load is removed).
  'demo.load': 'COLLECT',
  // Reading a file to show its columns, and the mapping bookkeeping, touch no records.
  'import.preview': 'none',
  // The job writes one COLLECT per batch (and ALTER per updated record) as it commits.
  'import.start': 'COLLECT',
  'import.mappings': 'none',
  'import.outcome': 'none',
  // Writes back rows of the analyst's own file that were not imported: no vault data.
  'import.saveRejected': 'none',
  'geo.features': 'CONSULT',
  // Returns ids inside an area; the map and chart that then show them log the consultation.
  'geo.within': 'none',
  'geo.lookupPostcode': 'none',
  'geo.postcodeDirectory': 'none',
  // Reference data (the public ONS or OS postcode file), not records about anyone.
  'geo.importPostcodes': 'none',
  // The analyst's own file, read to draw on the map; nothing in the vault is touched.
  'geo.readGeoJson': 'none',
  // Vault-wide graph answers put entities on a chart: one entry listing them (up to 5,000) with the count.
  'graph.neighbours': 'CONSULT',
  'graph.findPath': 'CONSULT',
  'graph.connectingNetwork': 'CONSULT',
  // Showing entities on a link chart: one entry listing them (up to 5,000) with the count.
  'chart.items': 'CONSULT',
  'export.save': 'DISCLOSE',
  // Handling instructions for an export's footer; no record is shown by it.
  'export.conditions': 'none',
  'charts.list': 'none',
  // Opening a chart shows its entities: a consultation of each.
  'charts.open': 'CONSULT',
  // A chart is the analyst's arrangement of record ids, not personal data in itself.
  'charts.save': 'none',
  'charts.duplicate': 'none',
  'charts.delete': 'none',
  'charts.minimumMarking': 'none',
  'charts.exportAnx': 'DISCLOSE',
  'charts.exportData': 'DISCLOSE',
  'charts.previewAnx': 'none',
  'charts.importAnx': 'COLLECT',
  'jobs.list': 'none',
  'jobs.get': 'none',
  'jobs.cancel': 'none',
};
