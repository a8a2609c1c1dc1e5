import { ChartWorkspace } from '../chart/components/ChartWorkspace';

/**
 * The link chart in the workbench. Save chart and Export… (saved charts and exports) belong in
 * the toolbar slot: pass them as `toolbarExtra`.
 */
export function ChartPane() {
  return <ChartWorkspace toolbarExtra={null} />;
}
