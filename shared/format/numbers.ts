const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 12,345 */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** 1,234.5 */
export function formatNumber(value: number, fractionDigits = 2): string {
  return fractionDigits === 2
    ? decimal.format(value)
    : new Intl.NumberFormat('en-GB', { maximumFractionDigits: fractionDigits }).format(value);
}

/** "1 report", "3 reports" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** 1.4 s, 230 ms */
export function formatDuration(milliseconds: number): string {
  return milliseconds >= 1000 ? `${formatNumber(milliseconds / 1000, 1)} s` : `${Math.round(milliseconds)} ms`;
}

/** 4.2 MB (decimal units, as Windows Explorer's neighbours in the UK now mostly show) */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${formatCount(value)} bytes` : `${formatNumber(value, 1)} ${units[unit]}`;
}
