/** The last analysis answer: its summary, the items listed (select one to find it), and actions. */
import { formatNumber } from '@shared/format';
import { useSelectionStore } from '../../selection/selectionStore';
import { getChartCanvas } from '../canvasRegistry';
import { addOutcomeToChart, clearAnalysis } from '../chartActions';
import { useChartStore } from '../chartStore';
import { useChartUiStore } from '../chartUiStore';

const ROWS_SHOWN = 200;

export function AnalysisResults() {
  const outcome = useChartUiStore((state) => state.analysis);
  const entities = useChartStore((state) => state.entities);
  if (!outcome) return null;
  const label = (entityId: string) =>
    entities.get(entityId)?.summary.chartLabel ?? outcome.labels?.[entityId] ?? entityId;
  const offChart = outcome.offChart ?? [];
  const choose = (entityId: string) => {
    useSelectionStore.getState().select([entityId], 'list');
    getChartCanvas()?.fit([entityId]);
  };
  return (
    <div className="chart-results" aria-label="Analysis results" role="region">
      <p className="chart-results-summary">{outcome.summary}</p>
      <div className="dialog-actions">
        {outcome.scope === 'vault' && offChart.length > 0 && (
          <button type="button" className="primary" onClick={() => void addOutcomeToChart(outcome)}>
            Add the {offChart.length === 1 ? 'entity' : `${offChart.length} entities`} to the chart
          </button>
        )}
        <button type="button" onClick={clearAnalysis}>
          Clear highlight
        </button>
      </div>
      {outcome.rows.length > 0 && (
        <table className="data-table chart-results-table">
          <thead>
            <tr>
              <th scope="col">Entity</th>
              {outcome.columns.map((column) => (
                <th scope="col" key={column.key}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {outcome.rows.slice(0, ROWS_SHOWN).map((row, index) => (
              <tr key={`${row.entityId}-${index}`}>
                <td>
                  <button type="button" className="link-button" onClick={() => choose(row.entityId)}>
                    {label(row.entityId)}
                  </button>
                  {offChart.includes(row.entityId) && <span className="chart-off"> (not on the chart)</span>}
                </td>
                {outcome.columns.map((column) => {
                  const value = row.values[column.key];
                  return (
                    <td key={column.key}>
                      {typeof value === 'number' && column.decimals !== undefined
                        ? formatNumber(value, column.decimals)
                        : String(value ?? '')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outcome.rows.length > ROWS_SHOWN && (
        <p className="field-hint">
          The first {ROWS_SHOWN} of {outcome.rows.length.toLocaleString('en-GB')} are listed.
        </p>
      )}
    </div>
  );
}
