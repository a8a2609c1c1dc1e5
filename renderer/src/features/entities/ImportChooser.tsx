import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { ImportDialog } from '../import/ImportDialog';

/** "Import…" in the entities toolbar: entities or links, then the import dialog. */
export function ImportChooser() {
  const [step, setStep] = useState<'closed' | 'choose' | 'entities' | 'links'>('closed');
  return (
    <>
      <button type="button" onClick={() => setStep('choose')}>
        Import…
      </button>
      {step === 'choose' && (
        <Dialog title="Import into the vault" onClose={() => setStep('closed')}>
          <p>What does the file hold?</p>
          <div className="dialog-actions import-kinds">
            <button type="button" onClick={() => setStep('entities')}>
              Entities…
            </button>
            <button type="button" onClick={() => setStep('links')}>
              Links…
            </button>
            <button type="button" onClick={() => setStep('closed')}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
      {(step === 'entities' || step === 'links') && (
        <ImportDialog kind={step} onClose={() => setStep('closed')} />
      )}
    </>
  );
}
