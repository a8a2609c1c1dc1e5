import { entityTypeLabels } from '@shared/domain/entityTypes';
import { linkStrengthLabels } from '@shared/domain/linkStrengths';
import { linkTypeLabel, type LinkType } from '@shared/domain/linkTypes';
import { formatDate } from '@shared/format';
import type { EntityDetail, LinkSummary } from '@shared/records';
import { GradeBadge } from '../../../components/GradeBadge';
import { useShellStore } from '../../shell/shellStore';

type LinkedItem = EntityDetail['links'][number];

/** Links grouped by type, in the order link types are first met. */
export function groupByType(links: readonly LinkedItem[]): Array<{ type: LinkType; items: LinkedItem[] }> {
  const groups = new Map<LinkType, LinkedItem[]>();
  for (const item of links) groups.set(item.link.type, [...(groups.get(item.link.type) ?? []), item]);
  return [...groups.entries()].map(([type, items]) => ({ type, items }));
}

/** "from 01/03/2026 to 30/04/2026", "from 01/03/2026", or "" when open-ended both ways. */
export function validity(link: LinkSummary): string {
  if (link.validFrom && link.validTo)
    return `from ${formatDate(link.validFrom)} to ${formatDate(link.validTo)}`;
  if (link.validFrom) return `from ${formatDate(link.validFrom)}`;
  if (link.validTo) return `until ${formatDate(link.validTo)}`;
  return '';
}

function direction(link: LinkSummary, selfId: string): string {
  if (!link.directed) return 'with';
  return link.fromId === selfId ? 'to' : 'from';
}

export function LinksSection({ detail, onAddLink }: { detail: EntityDetail; onAddLink(): void }) {
  const openRecord = useShellStore((state) => state.openRecord);
  const selfId = detail.summary.id;
  const groups = groupByType(detail.links);
  return (
    <section className="profile-section" aria-labelledby="entity-links">
      <div className="section-head">
        <h2 id="entity-links">Linked entities</h2>
        <button type="button" onClick={onAddLink}>
          Link to…
        </button>
      </div>
      {groups.length === 0 && <p className="muted">No links yet.</p>}
      {groups.map((group) => (
        <div key={group.type} className="link-group">
          <h3>
            {linkTypeLabel(group.type)} ({group.items.length})
          </h3>
          <ul aria-label={linkTypeLabel(group.type)} className="link-list">
            {group.items.map(({ link, other }) => (
              <li key={link.id} className="link-item">
                <span className="link-direction" aria-hidden="true">
                  {link.directed ? (link.fromId === selfId ? '→' : '←') : '—'}
                </span>
                <span className="visually-hidden">{direction(link, selfId)}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openRecord({ kind: 'entity', id: other.id })}
                >
                  {other.label}
                </button>
                <span className="muted">{entityTypeLabels[other.type]}</span>
                <span className={`link-strength link-strength-${link.strength}`}>
                  {linkStrengthLabels[link.strength]}
                </span>
                {validity(link) && <span className="muted">{validity(link)}</span>}
                <GradeBadge grade={link.bestGrade} />
                {link.notes && <span className="link-notes">{link.notes}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
