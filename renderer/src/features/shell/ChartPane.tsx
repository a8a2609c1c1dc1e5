import { ChartWorkspace } from '../chart/components/ChartWorkspace';
import { ExportChartButton } from '../chart/export/ExportChartButton';
import { SavedChartButtons } from '../chart/saved/SavedChartButtons';

/** The link chart in the workbench, with saved charts and exports in its toolbar. */
export function ChartPane() {
  return (
    <ChartWorkspace
      toolbarExtra={
        <>
          <SavedChartButtons />
          <ExportChartButton />
        </>
      }
    />
  );
}
