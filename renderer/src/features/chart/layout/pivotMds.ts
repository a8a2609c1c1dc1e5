/**
 * Pivot MDS (Brandes & Pich, 2006): a fast, deterministic first placement for a large graph.
 * Distances from k pivots (breadth-first, so O(k·m)) are double-centred and projected onto their
 * two leading directions, which lays out the graph's global shape in milliseconds. The force
 * layout then only has to tidy the neighbourhoods, which takes far fewer iterations than
 * starting from random positions. Components are laid out separately and packed in rows.
 */
import type { Point } from '../model/types';

export interface AdjacencyInput {
  nodeCount: number;
  edges: ReadonlyArray<readonly [number, number]>;
}

interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
}

function toCsr({ nodeCount, edges }: AdjacencyInput): Csr {
  const offsets = new Int32Array(nodeCount + 1);
  for (const [a, b] of edges) {
    if (a === b) continue;
    offsets[a + 1]! += 1;
    offsets[b + 1]! += 1;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, nodeCount);
  const targets = new Int32Array(offsets[nodeCount]!);
  for (const [a, b] of edges) {
    if (a === b) continue;
    targets[cursor[a]!++] = b;
    targets[cursor[b]!++] = a;
  }
  return { offsets, targets };
}

function components(csr: Csr, n: number): number[][] {
  const seen = new Uint8Array(n);
  const result: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    const members = [s];
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
        const w = csr.targets[j]!;
        if (!seen[w]) {
          seen[w] = 1;
          members.push(w);
        }
      }
    }
    result.push(members);
  }
  return result.sort((a, b) => b.length - a.length);
}

/** Breadth-first distances from `source` within a component (local indices via `local`). */
function bfs(
  csr: Csr,
  source: number,
  local: Int32Array,
  out: Float64Array,
  stride: number,
  column: number,
  queue: Int32Array,
): void {
  const m = out.length / stride;
  for (let i = 0; i < m; i++) out[i * stride + column] = -1;
  out[local[source]! * stride + column] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const d = out[local[v]! * stride + column]!;
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
      const w = csr.targets[j]!;
      const at = local[w]! * stride + column;
      if (out[at]! < 0) {
        out[at] = d + 1;
        queue[tail++] = w;
      }
    }
  }
}

/** Leading eigenvector of a symmetric k×k matrix by power iteration, orthogonal to `against`. */
function leadingVector(matrix: Float64Array, k: number, against: Float64Array | null): Float64Array {
  let v = new Float64Array(k);
  for (let i = 0; i < k; i++) v[i] = 1 + ((i * 7919) % 13) / 13;
  for (let iteration = 0; iteration < 200; iteration++) {
    if (against) {
      let dot = 0;
      for (let i = 0; i < k; i++) dot += v[i]! * against[i]!;
      for (let i = 0; i < k; i++) v[i]! -= dot * against[i]!;
    }
    const next = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += matrix[i * k + j]! * v[j]!;
      next[i] = sum;
    }
    let norm = 0;
    for (let i = 0; i < k; i++) norm += next[i]! * next[i]!;
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    let change = 0;
    for (let i = 0; i < k; i++) {
      next[i]! /= norm;
      change += Math.abs(next[i]! - v[i]!);
    }
    v = next;
    if (change < 1e-9) break;
  }
  return v;
}

function layoutComponent(csr: Csr, members: number[], n: number, edgeLength: number): Point[] {
  const m = members.length;
  if (m === 1) return [{ x: 0, y: 0 }];
  if (m === 2)
    return [
      { x: -edgeLength / 2, y: 0 },
      { x: edgeLength / 2, y: 0 },
    ];
  const local = new Int32Array(n).fill(-1);
  members.forEach((v, i) => (local[v] = i));
  // 32 pivots give the global shape; more cost time (O(k·m) searches, O(k²·n) products) for little gain.
  const k = Math.min(32, m);
  const distances = new Float64Array(m * k);
  const queue = new Int32Array(m);
  // Max–min pivots: each next pivot is the node farthest from those chosen so far.
  const nearest = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  let pivot = members.reduce(
    (best, v) =>
      csr.offsets[v + 1]! - csr.offsets[v]! > csr.offsets[best + 1]! - csr.offsets[best]! ? v : best,
    members[0]!,
  );
  for (let c = 0; c < k; c++) {
    bfs(csr, pivot, local, distances, k, c, queue);
    let far = 0;
    for (let i = 0; i < m; i++) {
      nearest[i] = Math.min(nearest[i]!, distances[i * k + c]!);
      if (nearest[i]! > nearest[far]!) far = i;
    }
    pivot = members[far]!;
  }
  // Double-centre the squared distances.
  const rowMean = new Float64Array(m);
  const colMean = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < m; i++) {
    for (let c = 0; c < k; c++) {
      const d2 = distances[i * k + c]! ** 2;
      distances[i * k + c] = d2;
      rowMean[i]! += d2 / k;
      colMean[c]! += d2 / m;
      grand += d2 / (m * k);
    }
  }
  for (let i = 0; i < m; i++)
    for (let c = 0; c < k; c++)
      distances[i * k + c] = -0.5 * (distances[i * k + c]! - rowMean[i]! - colMean[c]! + grand);
  // B = CᵀC (k×k), then its two leading eigenvectors.
  const b = new Float64Array(k * k);
  for (let i = 0; i < m; i++) {
    const row = i * k;
    for (let p = 0; p < k; p++) {
      const value = distances[row + p]!;
      if (value === 0) continue;
      for (let q = p; q < k; q++) b[p * k + q]! += value * distances[row + q]!;
    }
  }
  for (let p = 0; p < k; p++) for (let q = 0; q < p; q++) b[p * k + q] = b[q * k + p]!;
  const first = leadingVector(b, k, null);
  const second = leadingVector(b, k, first);
  const points: Point[] = [];
  for (let i = 0; i < m; i++) {
    let x = 0;
    let y = 0;
    for (let c = 0; c < k; c++) {
      x += distances[i * k + c]! * first[c]!;
      y += distances[i * k + c]! * second[c]!;
    }
    points.push({ x, y });
  }
  return scaleToEdgeLength(points, members, csr, local, edgeLength);
}

function scaleToEdgeLength(
  points: Point[],
  members: number[],
  csr: Csr,
  local: Int32Array,
  edgeLength: number,
): Point[] {
  let total = 0;
  let count = 0;
  members.forEach((v, i) => {
    for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
      const w = local[csr.targets[j]!]!;
      if (w <= i) continue;
      total += Math.hypot(points[i]!.x - points[w]!.x, points[i]!.y - points[w]!.y);
      count += 1;
    }
  });
  const mean = count > 0 ? total / count : 0;
  const scale = mean > 0 ? edgeLength / mean : 1;
  // Tiny deterministic jitter: nodes with identical distance profiles would otherwise coincide.
  return points.map((point, i) => ({
    x: point.x * scale + ((i * 37) % 11) - 5,
    y: point.y * scale + ((i * 53) % 11) - 5,
  }));
}

/** Positions for every node, components packed left to right in rows, biggest first. */
export function pivotMds(input: AdjacencyInput, edgeLength = 110): Point[] {
  const csr = toCsr(input);
  const result: Point[] = new Array<Point>(input.nodeCount);
  const parts = components(csr, input.nodeCount);
  const boxes = parts.map((members) => {
    const points = layoutComponent(csr, members, input.nodeCount, edgeLength);
    const minX = Math.min(...points.map((p) => p.x));
    const minY = Math.min(...points.map((p) => p.y));
    const maxX = Math.max(...points.map((p) => p.x));
    const maxY = Math.max(...points.map((p) => p.y));
    return { members, points, minX, minY, width: maxX - minX, height: maxY - minY };
  });
  const totalArea = boxes.reduce((sum, box) => sum + (box.width + edgeLength) * (box.height + edgeLength), 0);
  const rowWidth = Math.max(boxes[0]?.width ?? 0, Math.sqrt(totalArea) * 1.2);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + edgeLength;
      rowHeight = 0;
    }
    box.members.forEach(
      (v, i) => (result[v] = { x: box.points[i]!.x - box.minX + x, y: box.points[i]!.y - box.minY + y }),
    );
    x += box.width + edgeLength;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return result;
}
