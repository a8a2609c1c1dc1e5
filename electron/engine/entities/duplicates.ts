import type { EntityType } from '@shared/domain/entityTypes';
import type { EntityFields } from '@shared/schemas/entity';
import type { DuplicateCandidate, DuplicateField } from '@shared/records';
import type { VaultDatabase } from '../vault/database';
import { tokenKey, type EntityStore } from './entityStore';

interface Pair {
  left: string;
  right: string;
  reason: string;
}

const LABELS: Record<string, string> = {
  name: 'Name',
  aliases: 'Aliases',
  dateOfBirth: 'Date of birth',
  estimatedAge: 'Estimated age',
  gender: 'Gender',
  nationalities: 'Nationalities',
  category: 'Data subject category',
  firstLanguage: 'First language',
  lines: 'Address',
  town: 'Town',
  postcode: 'Postcode',
  siteType: 'Site type',
  companyNumber: 'Companies House number',
  sector: 'Sector',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Each comparable field of the two records: matching, clashing, or known on one side only. */
export function compareFields(left: EntityFields, right: EntityFields): DuplicateField[] {
  const fields: DuplicateField[] = [];
  const a = left as unknown as Record<string, unknown>;
  const b = right as unknown as Record<string, unknown>;
  for (const key of Object.keys(LABELS)) {
    if (!(key in a) && !(key in b)) continue;
    const l = show(a[key]);
    const r = show(b[key]);
    if (!l && !r) continue;
    // Names compare as folded words in any order: "POPESCU Ionuț" is "Ionut Popescu".
    const same = key === 'name' ? tokenKey(l) === tokenKey(r) : l.toLowerCase() === r.toLowerCase();
    fields.push({ field: key, label: LABELS[key]!, left: l, right: r, relation: !l || !r ? 'one-sided' : same ? 'match' : 'clash' });
  }
  return fields;
}

/**
 * The "possible duplicates" queue: people and organisations whose names (or aliases) match in any
 * word order after folding diacritics, and sites at the same postcode. Pairs an analyst has
 * dismissed as different do not come back.
 */
export class DuplicateFinder {
  constructor(
    private readonly db: VaultDatabase,
    private readonly entities: EntityStore,
  ) {}

  candidates(type: EntityType | undefined, offset: number, limit: number): { candidates: DuplicateCandidate[]; total: number } {
    const pairs = this.pairs(type);
    const page = pairs.slice(offset, offset + limit);
    const summaries = this.entities.summaries(page.flatMap((pair) => [pair.left, pair.right]));
    const candidates = page.flatMap((pair) => {
      const left = summaries.get(pair.left);
      const right = summaries.get(pair.right);
      if (!left || !right) return [];
      return [{ left, right, reason: pair.reason, fields: compareFields(this.entities.fields(pair.left), this.entities.fields(pair.right)) }];
    });
    return { candidates, total: pairs.length };
  }

  dismiss(leftId: string, rightId: string, at: string): void {
    const [a, b] = [leftId, rightId].sort() as [string, string];
    this.db.prepare('INSERT OR IGNORE INTO duplicate_dismissal (left_id, right_id, dismissed_at) VALUES (?, ?, ?)').run(a, b, at);
  }

  private pairs(type: EntityType | undefined): Pair[] {
    const byName = this.db
      .prepare(
        `SELECT DISTINCT min(a.entity_id, b.entity_id) AS left, max(a.entity_id, b.entity_id) AS right, ea.type AS type
           FROM entity_name a
           JOIN entity_name b ON b.token_key = a.token_key AND b.entity_id <> a.entity_id
           JOIN entity ea ON ea.id = a.entity_id AND ea.merged_into IS NULL
           JOIN entity eb ON eb.id = b.entity_id AND eb.merged_into IS NULL AND eb.type = ea.type
          WHERE ea.type IN ('person', 'organisation') AND length(a.token_key) >= 3 ${type ? 'AND ea.type = @type' : ''}`,
      )
      .all(type ? { type } : {}) as Array<{ left: string; right: string; type: string }>;
    const bySite =
      type && type !== 'site'
        ? []
        : (this.db
            .prepare(
              `SELECT min(a.id, b.id) AS left, max(a.id, b.id) AS right
                 FROM entity a JOIN entity b ON b.type = 'site' AND b.id > a.id AND b.merged_into IS NULL
                  AND substr(b.identity_key, 1, instr(b.identity_key || '|', '|') - 1) = substr(a.identity_key, 1, instr(a.identity_key || '|', '|') - 1)
                WHERE a.type = 'site' AND a.merged_into IS NULL AND a.identity_key IS NOT NULL AND a.identity_key NOT LIKE '|%'`,
            )
            .all() as Array<{ left: string; right: string }>);
    const dismissed = new Set(
      this.db.prepare("SELECT left_id || '|' || right_id FROM duplicate_dismissal").pluck().all() as string[],
    );
    const seen = new Set<string>();
    const out: Pair[] = [];
    const add = (left: string, right: string, reason: string) => {
      const key = `${left}|${right}`;
      if (seen.has(key) || dismissed.has(key)) return;
      seen.add(key);
      out.push({ left, right, reason });
    };
    for (const pair of byName) add(pair.left, pair.right, pair.type === 'person' ? 'Same name or alias (ignoring accents and word order)' : 'Same organisation name');
    for (const pair of bySite) add(pair.left, pair.right, 'Same postcode');
    return out;
  }
}
