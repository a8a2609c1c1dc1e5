/**
 * What every exported page carries (issue: "Every page carries the protective marking at top and
 * bottom, title, date, author, a legend of the symbols used, and the handling conditions whenever
 * C-graded evidence is shown"). Shared by the PNG, SVG and PDF writers of charts and maps.
 */
export interface LegendItem {
  /** e.g. "Person", "Vehicle", "Confirmed link", "Car wash" */
  label: string;
  kind: 'node' | 'line' | 'area';
  colour: string;
  /** For nodes: the symbol drawn (matches the chart's symbol set). */
  symbol?: string;
  /** For lines: solid, dashed or dotted (link strength). */
  dash?: 'solid' | 'dashed' | 'dotted';
}

export interface ExportFrame {
  /** The protective marking in capitals, e.g. "OFFICIAL-SENSITIVE PERSONAL DATA". */
  marking: string;
  /** Shown with the marking on every page when the vault holds demo data. */
  trainingData: boolean;
  title: string;
  /** Author as "Name (staff number)". */
  author: string;
  /** ISO date-time of the export; shown en-GB. */
  exportedAt: string;
  legend: LegendItem[];
  /** Handling conditions of every C-graded report behind what is shown (deduplicated). */
  handlingConditions: string[];
  /** Map exports: data attribution (e.g. "© Natural Earth, GeoNames (CC-BY 4.0)"). */
  attribution?: string;
}
