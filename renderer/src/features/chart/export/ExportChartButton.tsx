/** The chart toolbar's "Export…": opens the export dialog with the chart's marking and legend. */
import { useState } from 'react';
import { DEFAULT_MARKING } from '@shared/domain/markings';
import { errorMessage } from '../../../lib/fenlight';
import { useVaultStore } from '../../vault/vaultStore';
import { getChartCanvas } from '../canvasRegistry';
import { useChartStore } from '../chartStore';
import { useChartUiStore } from '../chartUiStore';
import { exportMarking } from '../saved/markingChoices';
import { chartFloor } from '../saved/savedCharts';
import { chartLegend } from './chartLegend';
import { exportChart } from './chartExport';
import { ExportChartDialog } from './ExportChartDialog';

export function ExportChartButton() {
  const [marking, setMarking] = useState<string | null>(null);
  const empty = useChartStore((state) => state.document.nodes.length === 0);
  const name = useChartStore((state) => state.meta.name);
  const shown = useChartStore((state) => state.document.nodes.filter((node) => !node.hidden).length);
  const vault = useVaultStore((state) => (state.status?.state === 'unlocked' ? state.status.vault : null));

  const open = async () => {
    try {
      setMarking(exportMarking(useChartStore.getState().meta.marking, (await chartFloor()).marking));
    } catch (error) {
      useChartUiStore.getState().say(errorMessage(error), 'error');
    }
  };

  return (
    <>
      <button type="button" onClick={() => void open()} disabled={empty}>
        Export…
      </button>
      {marking !== null && (
        <ExportChartDialog
          defaultTitle={name ?? 'Link chart'}
          marking={marking}
          shown={shown}
          onClose={() => setMarking(null)}
          exportChart={(request) => {
            const state = useChartStore.getState();
            return exportChart(request, {
              canvas: getChartCanvas(),
              document: state.document,
              marking: marking || DEFAULT_MARKING,
              frame: {
                trainingData: vault?.trainingData ?? false,
                author: vault ? `${vault.analystName} (${vault.staffNumber})` : 'Unknown analyst',
                legend: chartLegend(state.document, state.entities, state.links),
              },
            });
          }}
        />
      )}
    </>
  );
}
