/**
 * Latest departures: for every node v, the latest time at which a time-ordered walk can leave v
 * and still reach the target (+∞ at the target itself, −∞ where no such walk exists). A
 * forward search that arrives at v with its clock at τ can only succeed if τ ≤ latest(v), so
 * this bounds the time-ordered search to the corridor that can actually reach the target —
 * without it, a pair with no time-ordered path explores every (node, time) the vault allows.
 *
 * One sweep over the dated links from latest to earliest (the one-pass method for temporal
 * graphs): when link u → v at time t comes up, every link later than t has been seen, so if
 * t ≤ latest(v) a walk can leave u at t. Links on the same date can chain (equal dates are
 * allowed), so each group of equal times is repeated until nothing changes. O(m) per query
 * once the links are sorted, and the sort is done once per graph (`timeSweep`).
 *
 * Undated links carried through (`undatedLinks: 'carry'`) fit no sweep: in that mode there is
 * no bound (every node gets +∞) and the search relies on the distance bound alone.
 */
import type { EdgePredicate, GraphTopology } from './model';

export interface TimeRule {
  follow: boolean;
  edgeOk: EdgePredicate | null;
  carry: boolean;
  edgeTime: Float64Array;
}

/** The dated links, latest first, with their ends laid out in that order (read sequentially by the sweep). */
export interface TimeSweep {
  edge: Int32Array;
  source: Int32Array;
  target: Int32Array;
  directed: Uint8Array;
  time: Float64Array;
}

/** Sorts the dated links once per graph (undated links are left out). */
export function timeSweep(graph: GraphTopology, edgeTime: Float64Array): TimeSweep {
  const dated: number[] = [];
  for (let e = 0; e < edgeTime.length; e++) if (!Number.isNaN(edgeTime[e]!)) dated.push(e);
  const edge = Int32Array.from(dated);
  edge.sort((a, b) => edgeTime[b]! - edgeTime[a]! || a - b);
  const n = edge.length;
  const sweep: TimeSweep = { edge, source: new Int32Array(n), target: new Int32Array(n), directed: new Uint8Array(n), time: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const e = edge[i]!;
    sweep.source[i] = graph.edgeSource[e]!;
    sweep.target[i] = graph.edgeTarget[e]!;
    sweep.directed[i] = graph.edgeDirected[e]!;
    sweep.time[i] = edgeTime[e]!;
  }
  return sweep;
}

export function latestDepartures(graph: GraphTopology, to: number, rule: TimeRule, sweep: TimeSweep): Float64Array {
  const latest = new Float64Array(graph.nodeCount).fill(rule.carry ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY);
  latest[to] = Number.POSITIVE_INFINITY;
  if (rule.carry) return latest;
  const { edgeOk, follow } = rule;
  const { edge, source, target, directed, time } = sweep;
  const n = edge.length;
  let start = 0;
  while (start < n) {
    const t = time[start]!;
    let end = start + 1;
    while (end < n && time[end] === t) end += 1;
    // A single link cannot chain with itself: one pass. Otherwise repeat until settled.
    let changed = true;
    for (let pass = 0; changed; pass++) {
      changed = false;
      for (let i = start; i < end; i++) {
        if (edgeOk !== null && !edgeOk(edge[i]!)) continue;
        const s = source[i]!;
        const d = target[i]!;
        // Walking s → d at time t lets s leave at t when d can still leave at t or later.
        if (t <= latest[d]! && t > latest[s]!) {
          latest[s] = t;
          changed = true;
        }
        if ((!follow || directed[i] === 0) && t <= latest[s]! && t > latest[d]!) {
          latest[d] = t;
          changed = true;
        }
      }
      if (end - start === 1) break;
    }
    start = end;
  }
  return latest;
}
