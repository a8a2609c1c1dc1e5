/**
 * One VaultGraph per unlocked vault, kept while nothing changes its links.
 *
 * Invalidation is "mark dirty, rebuild lazily": every `data.changed` event that may touch links
 * bumps a generation, and the next graph query rebuilds — so the first query after an edit pays
 * the rebuild (about 2–4 s at a million links, well under 10 ms for a case-sized vault; see
 * test/bench/graph.bench.ts). Patching the CSR arrays in place would make single edits cheap
 * but is easy to get subtly wrong (merges rewire many links at once); the rebuild is always
 * right, and analysts edit in bursts between analyses.
 *
 * Events are not the only guard: a commit by another connection changes SQLite's
 * `data_version`, and a job that writes links before announcing them moves the largest link
 * rowid. Both are checked (cheaply) before each query.
 */
import type { VaultDatabase } from '../vault/database';
import type { VaultSession } from '../vault/vaultSession';
import { VaultGraph } from './vaultGraph';

/** `data.changed` scopes that cannot add, remove or rewire a link. */
const LINKS_UNCHANGED_BY = new Set(['reports', 'entities', 'settings', 'chart', 'charts', 'views', 'audit', 'geo', 'jobs']);
/** Scopes that cannot change the grading behind a link (evidence on links, report grades). */
const GRADES_UNCHANGED_BY = new Set(['entities', 'settings', 'chart', 'charts', 'views', 'audit', 'geo', 'jobs']);

interface Entry {
  graph: VaultGraph;
  linkGeneration: number;
  linkFingerprint: string;
  gradeGeneration: number;
  gradeFingerprint: string;
}

function linkFingerprint(db: VaultDatabase): string {
  return `${String(db.pragma('data_version', { simple: true }))}:${String(db.prepare('SELECT max(rowid) FROM link').pluck().get())}`;
}

function gradeFingerprint(db: VaultDatabase): string {
  return `${String(db.pragma('data_version', { simple: true }))}:${String(db.prepare('SELECT max(rowid) FROM evidence').pluck().get())}`;
}

export class VaultGraphCache {
  private linkGeneration = 0;
  private gradeGeneration = 0;
  private readonly entries = new WeakMap<VaultSession, Entry>();

  /** Called for every `data.changed` event; unknown scopes count as changing everything. */
  noteChange(scopes: readonly string[]): void {
    if (scopes.length === 0 || scopes.some((scope) => !LINKS_UNCHANGED_BY.has(scope))) this.linkGeneration += 1;
    if (scopes.length === 0 || scopes.some((scope) => !GRADES_UNCHANGED_BY.has(scope))) this.gradeGeneration += 1;
  }

  /** The session's graph, rebuilt first if anything may have changed its links. */
  graphFor(session: VaultSession): VaultGraph {
    const db = session.db;
    const entry = this.entries.get(session);
    const fingerprint = linkFingerprint(db);
    if (entry && entry.linkGeneration === this.linkGeneration && entry.linkFingerprint === fingerprint) {
      const grades = gradeFingerprint(db);
      if (entry.gradeGeneration !== this.gradeGeneration || entry.gradeFingerprint !== grades) {
        entry.graph.dropGrades();
        entry.gradeGeneration = this.gradeGeneration;
        entry.gradeFingerprint = grades;
      }
      return entry.graph;
    }
    const graph = VaultGraph.build(db);
    this.entries.set(session, {
      graph,
      linkGeneration: this.linkGeneration,
      linkFingerprint: fingerprint,
      gradeGeneration: this.gradeGeneration,
      gradeFingerprint: gradeFingerprint(db),
    });
    return graph;
  }
}
