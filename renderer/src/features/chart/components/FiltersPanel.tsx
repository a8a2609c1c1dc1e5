/**
 * Chart filters: date range (time slider), minimum grading, link strength, exploitation type and
 * data-subject category, and the area drawn on the map (shared with the map and lists, so clearing
 * it here clears it everywhere). Items left out are dimmed or hidden, as chosen; nothing is removed.
 */
import { useId, useMemo } from 'react';
import type { ChartFilters } from '@shared/chart/document';
import { dataSubjectCategoryCodes, dataSubjectCategoryLabels } from '@shared/domain/dataSubjects';
import { exploitationTypeCodes, exploitationTypeLabels } from '@shared/domain/exploitation';
import type { IntelligenceAssessment, SourceEvaluation } from '@shared/domain/grading';
import { linkStrengthCodes, linkStrengthLabels } from '@shared/domain/linkStrengths';
import { areaDescription, areaEntitySet } from '../../selection/areaFilter';
import { useSelectionStore } from '../../selection/selectionStore';
import { useChartStore } from '../chartStore';
import { chartDateRange, computeFilteredOut, filtersActive } from '../model/filters';
import { TimeSlider } from './TimeSlider';
import { MinimumGradeFields } from './MinimumGradeFields';

type ListKey = 'strengths' | 'exploitationTypes' | 'categories';

export function FiltersPanel() {
  const id = useId();
  const doc = useChartStore((state) => state.document);
  const entities = useChartStore((state) => state.entities);
  const links = useChartStore((state) => state.links);
  const filters = doc.filters;
  const set = (change: Partial<ChartFilters>) => {
    const next: ChartFilters = { ...filters, ...change };
    for (const key of Object.keys(next) as Array<keyof ChartFilters>)
      if (next[key] === undefined) delete next[key];
    useChartStore.getState().setFilters(next);
  };
  const range = useMemo(() => chartDateRange(doc, entities, links), [doc, entities, links]);
  const area = useSelectionStore((state) => state.area);
  const inside = areaEntitySet(area);
  const out = useMemo(
    () => computeFilteredOut(doc, entities, links, inside),
    [doc, entities, links, inside],
  );
  const insideOnChart = inside ? doc.nodes.filter((node) => inside.has(node.entityId)).length : 0;

  const toggle = (key: ListKey, code: string, on: boolean) => {
    const current = (filters[key] as string[] | undefined) ?? [];
    const next = on ? [...current, code] : current.filter((value) => value !== code);
    set({ [key]: next.length > 0 ? next : undefined } as Partial<ChartFilters>);
  };
  const grade = filters.minGrade;
  const setGrade = (source: SourceEvaluation | '', assessment: IntelligenceAssessment | '') =>
    // One part chosen alone leaves the other open (3 and E are the weakest).
    set({
      minGrade:
        source === '' && assessment === ''
          ? undefined
          : { source: source || '3', assessment: assessment || 'E' },
    });

  return (
    <section className="chart-panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="chart-panel-title">
        Filters
      </h3>
      <p className="field-hint" aria-live="polite">
        {filtersActive(filters) || area
          ? `${out.entityIds.size.toLocaleString('en-GB')} entities and ${out.linkIds.size.toLocaleString('en-GB')} links ${filters.mode === 'hide' ? 'hidden' : 'dimmed'} by the filters.`
          : 'No filters: everything on the chart is shown.'}
      </p>
      {area && (
        <div className="chart-row chart-area-filter" role="group" aria-label="Inside the drawn area">
          <p>
            <strong>Inside the drawn area</strong>: {areaDescription(area)}.{' '}
            {insideOnChart.toLocaleString('en-GB')} of {doc.nodes.length.toLocaleString('en-GB')} chart{' '}
            {doc.nodes.length === 1 ? 'entity lies' : 'entities lie'} inside.
          </p>
          <button type="button" onClick={() => useSelectionStore.getState().setArea(null)}>
            Clear area
          </button>
        </div>
      )}
      <fieldset className="chart-row">
        <legend>Filtered items are</legend>
        <label className="radio-row">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={filters.mode === 'dim'}
            onChange={() => set({ mode: 'dim' })}
          />
          Dimmed
        </label>
        <label className="radio-row">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={filters.mode === 'hide'}
            onChange={() => set({ mode: 'hide' })}
          />
          Hidden
        </label>
      </fieldset>
      {range ? (
        <TimeSlider
          range={range}
          from={filters.from}
          to={filters.to}
          onChange={(from, to) => set({ from, to })}
        />
      ) : (
        <p className="field-hint">No dates on the chart yet, so there is no time slider.</p>
      )}
      <MinimumGradeFields id={id} legend="Minimum grading" source={grade?.source ?? ''} assessment={grade?.assessment ?? ''} onChange={setGrade} />
      <fieldset className="chart-checks">
        <legend>Link strength (none ticked: all)</legend>
        {linkStrengthCodes.map((code) => (
          <label key={code}>
            <input
              type="checkbox"
              checked={filters.strengths?.includes(code) ?? false}
              onChange={(event) => toggle('strengths', code, event.target.checked)}
            />
            {linkStrengthLabels[code]}
          </label>
        ))}
      </fieldset>
      <fieldset className="chart-checks">
        <legend>Exploitation type (none ticked: all)</legend>
        {exploitationTypeCodes.map((code) => (
          <label key={code}>
            <input
              type="checkbox"
              checked={filters.exploitationTypes?.includes(code) ?? false}
              onChange={(event) => toggle('exploitationTypes', code, event.target.checked)}
            />
            {exploitationTypeLabels[code]}
          </label>
        ))}
      </fieldset>
      <fieldset className="chart-checks">
        <legend>Data-subject category (none ticked: all)</legend>
        {dataSubjectCategoryCodes.map((code) => (
          <label key={code}>
            <input
              type="checkbox"
              checked={filters.categories?.includes(code) ?? false}
              onChange={(event) => toggle('categories', code, event.target.checked)}
            />
            {dataSubjectCategoryLabels[code]}
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => useChartStore.getState().setFilters({ mode: filters.mode })}
          disabled={!filtersActive(filters)}
        >
          Clear filters
        </button>
      </div>
    </section>
  );
}
