/** What each logged operation was, in words (unknown ones show their technical name). */
const labels: Record<string, string> = {
  'audit.export': 'Exported the audit log',
  'cli vault raw-key': 'Disclosed the vault key (command line)',
};

export function operationLabel(operation: string): string {
  return labels[operation] ?? operation;
}

export function registerOperationLabels(more: Record<string, string>): void {
  Object.assign(labels, more);
}
