/**
 * The Analyze commands (i2 parity): Find Path, Find Linked, List Most Connected, centrality,
 * groups and Find Connecting Network, on the chart (in a worker) or, for paths and networks, across
 * the whole vault (in the engine). Results are highlighted on the chart and listed here.
 */
import { useId, useState } from 'react';
import { useSelectionStore } from '../../selection/selectionStore';
import {
  analysisCommandLabels,
  analysisCommands,
  type AnalysisCommand,
  type AnalysisRequest,
  type CentralityMeasure,
  type ConnectedSortKey,
  type GroupMethod,
} from '../analysis/analysisTypes';
import { analyseChart, connectInVault, findPathInVault } from '../chartActions';
import { useChartStore } from '../chartStore';
import { useChartUiStore } from '../chartUiStore';
import { AnalysisResults } from './AnalysisResults';

type Scope = 'chart' | 'vault';

export function AnalysisPanel() {
  const id = useId();
  const nodes = useChartStore((state) => state.document.nodes);
  const entities = useChartStore((state) => state.entities);
  const selected = useSelectionStore((state) => state.selected);
  const busy = useChartUiStore((state) => state.analysisBusy);
  const [command, setCommand] = useState<AnalysisCommand>('findPath');
  const [scope, setScope] = useState<Scope>('chart');
  const [followDirection, setFollowDirection] = useState(false);
  const [timeOrdered, setTimeOrdered] = useState(false);
  const [depth, setDepth] = useState(2);
  const [sortBy, setSortBy] = useState<ConnectedSortKey>('links');
  const [measure, setMeasure] = useState<CentralityMeasure>('betweenness');
  const [method, setMethod] = useState<GroupMethod>('components');
  const [k, setK] = useState(2);
  const [pathEnds, setPathEnds] = useState<{ from: string; to: string } | null>(null);

  const onChart = new Set(nodes.map((node) => node.entityId));
  const chosen = selected.filter((entityId) => onChart.has(entityId));
  const label = (entityId: string) => entities.get(entityId)?.summary.chartLabel ?? entityId;
  // The path's ends default to the first two selected, in the order they were selected.
  const from = pathEnds && chosen.includes(pathEnds.from) ? pathEnds.from : (chosen[0] ?? '');
  const to =
    pathEnds && chosen.includes(pathEnds.to) && pathEnds.to !== from
      ? pathEnds.to
      : (chosen.find((entityId) => entityId !== from) ?? '');

  const needs: Partial<Record<AnalysisCommand, { count: number; text: string }>> = {
    findPath: { count: 2, text: 'Select two entities on the chart (Ctrl+click the second).' },
    findLinked: { count: 1, text: 'Select one or more entities to start from.' },
    connectingNetwork: { count: 2, text: 'Select two or more entities to connect.' },
  };
  const need = needs[command];
  const missing = need && chosen.length < need.count ? need.text : null;

  const run = (event: React.FormEvent) => {
    event.preventDefault();
    if (missing) {
      useChartUiStore.getState().say(missing, 'error');
      return;
    }
    if (command === 'findPath' && scope === 'vault') {
      void findPathInVault(from, to, { followDirection, timeOrdered });
      return;
    }
    if (command === 'connectingNetwork' && scope === 'vault') {
      void connectInVault(chosen.slice(0, 30), followDirection);
      return;
    }
    const requests: Record<AnalysisCommand, () => AnalysisRequest> = {
      findPath: () => ({ command: 'findPath', fromId: from, toId: to, followDirection, timeOrdered }),
      findLinked: () => ({ command: 'findLinked', seedIds: chosen, depth, followDirection }),
      mostConnected: () => ({ command: 'mostConnected', sortBy }),
      centrality: () => ({ command: 'centrality', measure, directed: followDirection }),
      groups: () => ({ command: 'groups', method, k }),
      connectingNetwork: () => ({ command: 'connectingNetwork', ids: chosen, followDirection }),
    };
    void analyseChart(requests[command]());
  };

  const scoped = command === 'findPath' || command === 'connectingNetwork';
  return (
    <section className="chart-panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="chart-panel-title">
        Analysis
      </h3>
      <form onSubmit={run} className="chart-analysis-form">
        <div className="form-field">
          <label htmlFor={`${id}-command`}>Command</label>
          <select
            id={`${id}-command`}
            value={command}
            onChange={(event) => setCommand(event.target.value as AnalysisCommand)}
          >
            {analysisCommands.map((name) => (
              <option key={name} value={name}>
                {analysisCommandLabels[name]}
              </option>
            ))}
          </select>
        </div>
        {command === 'findPath' && chosen.length >= 2 && (
          <div className="chart-row">
            <div className="form-field">
              <label htmlFor={`${id}-from`}>From</label>
              <select
                id={`${id}-from`}
                value={from}
                onChange={(event) => setPathEnds({ from: event.target.value, to })}
              >
                {chosen.map((entityId) => (
                  <option key={entityId} value={entityId}>
                    {label(entityId)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-to`}>To</label>
              <select
                id={`${id}-to`}
                value={to}
                onChange={(event) => setPathEnds({ from, to: event.target.value })}
              >
                {chosen
                  .filter((entityId) => entityId !== from)
                  .map((entityId) => (
                    <option key={entityId} value={entityId}>
                      {label(entityId)}
                    </option>
                  ))}
              </select>
            </div>
          </div>
        )}
        {command === 'findLinked' && (
          <div className="form-field">
            <label htmlFor={`${id}-depth`}>Depth (links)</label>
            <input
              id={`${id}-depth`}
              type="number"
              min={1}
              max={10}
              value={depth}
              onChange={(event) => setDepth(Math.max(1, Math.min(10, Number(event.target.value) || 1)))}
            />
          </div>
        )}
        {command === 'mostConnected' && (
          <div className="form-field">
            <label htmlFor={`${id}-sort`}>Count</label>
            <select
              id={`${id}-sort`}
              value={sortBy}
              onChange={(event) => setSortBy(event.target.value as ConnectedSortKey)}
            >
              <option value="links">Links</option>
              <option value="neighbours">Distinct neighbours</option>
              <option value="inbound">Links in (arrows pointing at it)</option>
              <option value="outbound">Links out (arrows from it)</option>
            </select>
          </div>
        )}
        {command === 'centrality' && (
          <div className="form-field">
            <label htmlFor={`${id}-measure`}>Measure</label>
            <select
              id={`${id}-measure`}
              value={measure}
              onChange={(event) => setMeasure(event.target.value as CentralityMeasure)}
            >
              <option value="degree">Degree (how many it links to)</option>
              <option value="betweenness">Betweenness (how often it lies between others)</option>
              <option value="closeness">Closeness (how near it is to everyone)</option>
              <option value="eigenvector">Eigenvector (linked to the well linked)</option>
            </select>
          </div>
        )}
        {command === 'groups' && (
          <div className="chart-row">
            <div className="form-field">
              <label htmlFor={`${id}-method`}>Method</label>
              <select
                id={`${id}-method`}
                value={method}
                onChange={(event) => setMethod(event.target.value as GroupMethod)}
              >
                <option value="components">Connected groups</option>
                <option value="kcore">K-core</option>
                <option value="communities">Communities (Louvain)</option>
              </select>
            </div>
            {method === 'kcore' && (
              <div className="form-field">
                <label htmlFor={`${id}-k`}>K</label>
                <input
                  id={`${id}-k`}
                  type="number"
                  min={1}
                  max={50}
                  value={k}
                  onChange={(event) => setK(Math.max(1, Math.min(50, Number(event.target.value) || 1)))}
                />
              </div>
            )}
          </div>
        )}
        {scoped && (
          <fieldset className="chart-row">
            <legend>Search</legend>
            <label className="radio-row">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'chart'}
                onChange={() => setScope('chart')}
              />
              This chart
            </label>
            <label className="radio-row">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'vault'}
                onChange={() => setScope('vault')}
              />
              Whole vault
            </label>
          </fieldset>
        )}
        {(scoped ||
          command === 'findLinked' ||
          (command === 'centrality' && (measure === 'betweenness' || measure === 'closeness'))) && (
          <label className="chart-check">
            <input
              type="checkbox"
              checked={followDirection}
              onChange={(event) => setFollowDirection(event.target.checked)}
            />
            Follow link direction
          </label>
        )}
        {command === 'findPath' && (
          <label className="chart-check">
            <input
              type="checkbox"
              checked={timeOrdered}
              onChange={(event) => setTimeOrdered(event.target.checked)}
            />
            In time order (each link no earlier than the one before)
          </label>
        )}
        {missing && <p className="field-hint">{missing}</p>}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || nodes.length === 0} aria-busy={busy}>
            Run analysis
          </button>
        </div>
      </form>
      <AnalysisResults />
    </section>
  );
}
