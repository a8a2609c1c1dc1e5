import { assessPassphrase, type PassphraseStrength } from '@shared/vault/passphrasePolicy';

const strengthLabels: Record<PassphraseStrength, string> = {
  'too-short': 'Too short',
  weak: 'Too easy to guess',
  fair: 'Acceptable',
  strong: 'Strong',
};

/** Live feedback in the spirit of the NCSC's "three random words". */
export function PassphraseFeedback({ passphrase, analystName, staffNumber }: { passphrase: string; analystName?: string; staffNumber?: string }) {
  if (passphrase.length === 0) return <span>Use three or more random words — at least 12 characters.</span>;
  const assessment = assessPassphrase(passphrase, { ...(analystName ? { analystName } : {}), ...(staffNumber ? { staffNumber } : {}) });
  return (
    <span className={`strength strength-${assessment.strength}`}>
      <strong>{strengthLabels[assessment.strength]}.</strong> {assessment.feedback.join(' ')}
    </span>
  );
}
