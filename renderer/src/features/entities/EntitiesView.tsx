import { useState } from 'react';
import { plural } from '@shared/format';
import { areaDescription } from '../selection/areaFilter';
import { useSelectionStore } from '../selection/selectionStore';
import { useShellStore } from '../shell/shellStore';
import { LoadDemoData } from '../demo/LoadDemoData';
import { DuplicatesQueue } from './duplicates/DuplicatesQueue';
import { useEntitiesStore, type EntitiesTab } from './entitiesStore';
import { ImportChooser } from './ImportChooser';
import { EntityFilterBar } from './list/EntityFilterBar';
import { EntityTable } from './list/EntityTable';
import { ReviewQueue } from './list/ReviewQueue';
import { useEntityPages } from './list/useEntityPages';
import { NewEntityDialog } from './NewEntityDialog';
import { EntityProfile } from './profile/EntityProfile';
import { Tabs } from './Tabs';
import { useVaultIsEmpty } from './useVaultIsEmpty';
import './entities.css';
import { ErrorAlert } from '../../components/ErrorAlert';

const tabs: ReadonlyArray<{ id: EntitiesTab; label: string }> = [
  { id: 'all', label: 'All entities' },
  { id: 'review', label: 'Review queue' },
  { id: 'duplicates', label: 'Possible duplicates' },
];

function AllEntities() {
  const filters = useEntitiesStore((state) => state.filters);
  const openRecord = useShellStore((state) => state.openRecord);
  // The area drawn on the map limits the list too; it is the one shared area, not a copy.
  const area = useSelectionStore((state) => state.area);
  const selected = useSelectionStore((state) => state.selected);
  const { rows, total, loaded, error, loadMore } = useEntityPages(filters, area?.entityIds ?? null);
  const filtered = Boolean(filters.type || filters.category || filters.reviewState || filters.text.trim());
  const count = plural(total, 'entity', 'entities');
  return (
    <>
      <EntityFilterBar />
      <ErrorAlert message={error} />
      <div className="list-count-row">
        <p role="status" className="list-count">
          {!loaded
            ? 'Loading…'
            : area
              ? `Showing ${count} inside the drawn area (${areaDescription(area)}).`
              : count}
        </p>
        {area && (
          <button type="button" onClick={() => useSelectionStore.getState().setArea(null)}>
            Clear area
          </button>
        )}
      </div>
      {loaded && total === 0 ? (
        <p className="empty-state">
          {area
            ? 'Nothing inside the drawn area matches. Clear the area, or draw another on the map.'
            : filtered
              ? 'No entities match these filters.'
              : 'No entities yet. Create one with “New entity”, import a file, or add them from reports as you read them.'}
        </p>
      ) : (
        <EntityTable
          rows={rows}
          total={total}
          selected={selected}
          onOpen={(entity) => {
            // Opening one from the list selects it for the chart and the map as well.
            useSelectionStore.getState().select([entity.id], 'list');
            openRecord({ kind: 'entity', id: entity.id });
          }}
          onNearEnd={loadMore}
        />
      )}
    </>
  );
}

/** People, addresses, vehicles, phones and the rest: the list, review queue and possible duplicates, or one entity's profile. */
export function EntitiesView() {
  const record = useShellStore((state) => state.record);
  if (record?.kind === 'entity') return <EntityProfile key={record.id} id={record.id} />;
  return <EntitiesHome />;
}

function EntitiesHome() {
  const openRecord = useShellStore((state) => state.openRecord);
  const tab = useEntitiesStore((state) => state.tab);
  const showTab = useEntitiesStore((state) => state.showTab);
  const [creating, setCreating] = useState(false);
  const empty = useVaultIsEmpty();
  // The vault stops being empty as soon as the first demo reports land: keep the panel (and its progress) until dismissed.
  const [demoPinned, setDemoPinned] = useState(false);
  return (
    <section className="view entities-view" aria-labelledby="entities-heading">
      <h1 id="entities-heading">Entities</h1>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New entity
        </button>
        <ImportChooser />
      </div>
      {(empty || demoPinned) && <LoadDemoData onPinned={setDemoPinned} />}
      <Tabs label="Entities views" tabs={tabs} active={tab} onChange={showTab}>
        {tab === 'all' && <AllEntities />}
        {tab === 'review' && <ReviewQueue />}
        {tab === 'duplicates' && <DuplicatesQueue />}
      </Tabs>
      {creating && (
        <NewEntityDialog
          onClose={() => setCreating(false)}
          onCreated={(detail) => {
            setCreating(false);
            openRecord({ kind: 'entity', id: detail.summary.id });
          }}
          onOpenExisting={(id) => {
            setCreating(false);
            openRecord({ kind: 'entity', id });
          }}
        />
      )}
    </section>
  );
}
