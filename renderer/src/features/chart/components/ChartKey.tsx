/** The chart's key: what each symbol, badge and line means (drawn from the same images). */
import { dataSubjectCategoryLabels } from '@shared/domain/dataSubjects';
import { entityTypeCodes, entityTypeLabels } from '@shared/domain/entityTypes';
import { linkStrengthCodes, linkStrengthLabels, linkStrengthLineStyles } from '@shared/domain/linkStrengths';
import { linkTypes } from '@shared/domain/linkTypes';
import { categoryBadges, nodeImage } from '../cy/icons';
import { linkTypeColours, themed } from '../cy/palette';
import { useChartTheme } from './useChartTheme';

export function ChartKey() {
  const theme = useChartTheme();
  const plain = {
    category: null,
    nrm: null,
    conditions: false,
    pinned: false,
    unreviewed: false,
    theme,
  } as const;
  return (
    <section className="chart-panel-section chart-key" aria-label="Key">
      <h3 className="chart-panel-title">Key</h3>
      <h4>Symbols</h4>
      <ul className="chart-key-list">
        {entityTypeCodes.map((type) => (
          <li key={type}>
            <img src={nodeImage({ ...plain, type }, true)} alt="" width={32} height={32} />
            {entityTypeLabels[type]}
          </li>
        ))}
      </ul>
      <h4>Badges</h4>
      <ul className="chart-key-list">
        {Object.entries(categoryBadges).map(([code, badge]) => (
          <li key={code}>
            <span className="chart-key-badge" style={{ background: badge.colour }}>
              {badge.text}
            </span>
            {dataSubjectCategoryLabels[code as keyof typeof dataSubjectCategoryLabels]}
          </li>
        ))}
        <li>
          <span className="chart-key-badge chart-key-nrm">NRM</span> Referred to the National Referral
          Mechanism
        </li>
        <li>
          <span className="chart-key-badge chart-key-nrm">RG+</span> Reasonable (RG) or conclusive (CG)
          grounds decision: + positive, − negative, ? pending
        </li>
        <li>
          <span className="chart-key-badge chart-key-conditions">C</span> Handling code C: conditions apply
          (see the inspector)
        </li>
        <li>
          <img
            src={nodeImage({ ...plain, type: 'person', unreviewed: true }, true)}
            alt=""
            width={32}
            height={32}
          />{' '}
          Dashed ring: extracted, not yet reviewed
        </li>
        <li>
          <img
            src={nodeImage({ ...plain, type: 'person', pinned: true }, true)}
            alt=""
            width={32}
            height={32}
          />{' '}
          Pinned: layouts leave it where it is
        </li>
      </ul>
      <h4>Link strength</h4>
      <ul className="chart-key-list">
        {linkStrengthCodes.map((code) => (
          <li key={code}>
            <span className={`chart-key-line chart-key-${linkStrengthLineStyles[code]}`} aria-hidden="true" />
            {linkStrengthLabels[code]} ({linkStrengthLineStyles[code]})
          </li>
        ))}
      </ul>
      <h4>Link types</h4>
      <ul className="chart-key-list chart-key-columns">
        {linkTypes.map((type) => (
          <li key={type.code}>
            <span
              className="chart-key-line"
              style={{ borderTopColor: themed(linkTypeColours[type.code], theme) }}
              aria-hidden="true"
            />
            {type.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
