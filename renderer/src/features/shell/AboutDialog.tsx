import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/contract/calls/app';
import { formatDateTime } from '@shared/format';
import { Dialog } from '../../components/Dialog';
import { call, errorMessage } from '../../lib/fenlight';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('app.info', {}).then(setInfo, (failure: unknown) => setError(errorMessage(failure)));
  }, []);

  return (
    <Dialog title="About Fenlight" onClose={onClose}>
      <p>Intelligence-analysis workbench for the modern slavery and human trafficking team.</p>
      {error && <p role="alert">{error}</p>}
      {info && (
        <dl className="about-list">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Build</dt>
          <dd>
            {info.build.commit}, {formatDateTime(info.build.builtAt)}
          </dd>
          <dt>Platform</dt>
          <dd>
            {info.platform.os} ({info.platform.arch}), {info.platform.runtime}
          </dd>
          <dt>Data folder</dt>
          <dd>{info.dataFolder}</dd>
        </dl>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
