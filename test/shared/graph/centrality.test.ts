import { describe, expect, it } from 'vitest';
import { betweenness, closeness, degreeCentrality, eigenvector } from '@shared/graph';
import { graphOf, rounded } from './graphs';

/*
 * The square with a tail, by hand (n = 6, 15 pairs):
 *
 *     A - B
 *     |   |
 *     C - D - E - F
 *
 * Shortest paths through intermediaries (a pair with two tied paths gives ½ to each route):
 *   A-D: via B or C            → B ½, C ½
 *   A-E: A-B-D-E or A-C-D-E    → B ½, C ½, D 1
 *   A-F: likewise plus E       → B ½, C ½, D 1, E 1
 *   B-C: via A or D            → A ½, D ½
 *   B-E, C-E: via D            → D 1 each
 *   B-F, C-F: via D and E      → D 1, E 1 each
 *   D-F: via E                 → E 1
 * Pair dependencies: A ½, B 1½, C 1½, D 6½, E 4, F 0.
 * Normalised (NetworkX): divide by (n−1)(n−2)/2 = 10 → A .05, B .15, C .15, D .65, E .4, F 0.
 */
const square = graphOf(['A-B', 'A-C', 'B-D', 'C-D', 'D-E', 'E-F']);

describe('betweenness', () => {
  it('matches the hand count, normalised as NetworkX', () => {
    expect(rounded(betweenness(square))).toEqual({ A: 0.05, B: 0.15, C: 0.15, D: 0.65, E: 0.4, F: 0 });
  });

  it('gives the raw pair dependencies unnormalised', () => {
    expect(rounded(betweenness(square, { normalised: false }))).toEqual({ A: 0.5, B: 1.5, C: 1.5, D: 6.5, E: 4, F: 0 });
  });

  it('counts parallel links once (they add no shortest paths between distinct people)', () => {
    const doubled = graphOf(['A-B', 'A-B', 'A-C', 'B-D', 'C-D', 'D-E', 'E-F']);
    expect(rounded(betweenness(doubled))).toEqual(rounded(betweenness(square)));
  });

  /*
   * Directed, every link pointing down the page: A→B, A→C, B→D, C→D, D→E, E→F.
   * Ordered pairs with a path: A→D (B ½, C ½), A→E (B ½, C ½, D 1), A→F (+E 1), B→E (D), B→F (D, E),
   * C→E (D), C→F (D, E), D→F (E). B→C has no path now, so A gets nothing.
   * Raw: B 1½, C 1½, D 6, E 4. Normalised by (n−1)(n−2) = 20: B .075, C .075, D .3, E .2.
   */
  it('follows link direction when asked, normalised over ordered pairs', () => {
    const dag = graphOf(['A>B', 'A>C', 'B>D', 'C>D', 'D>E', 'E>F']);
    expect(rounded(betweenness(dag, { directed: true }))).toEqual({ A: 0, B: 0.075, C: 0.075, D: 0.3, E: 0.2, F: 0 });
    expect(rounded(betweenness(dag, { directed: true, normalised: false }))).toEqual({ A: 0, B: 1.5, C: 1.5, D: 6, E: 4, F: 0 });
  });

  it('scores the centre of a star 1 and the leaves 0', () => {
    expect(rounded(betweenness(graphOf(['S-A', 'S-B', 'S-C', 'S-D'])))).toEqual({ S: 1, A: 0, B: 0, C: 0, D: 0 });
  });
});

describe('degree centrality', () => {
  it('is distinct neighbours over n − 1', () => {
    expect(rounded(degreeCentrality(square))).toEqual({ A: 0.4, B: 0.4, C: 0.4, D: 0.6, E: 0.4, F: 0.2 });
  });

  it('counts in and out along arrows, undirected links both ways', () => {
    const graph = graphOf(['A>B', 'C>B', 'B-D', 'A>D', 'A>D']);
    // Into B: A and C along arrows, D over the undirected link → 3/3. Into D: A (twice) and B → 2/3.
    expect(rounded(degreeCentrality(graph, { orientation: 'in' }), 4)).toEqual({ A: 0, B: 1, C: 0, D: 0.6667 });
    expect(rounded(degreeCentrality(graph, { orientation: 'out' }), 4)).toEqual({ A: 0.6667, B: 0.3333, C: 0.3333, D: 0.3333 });
  });
});

describe('closeness', () => {
  /*
   * Connected, so Wasserman–Faust is plain (n−1)/Σd. Distance sums: A 1+1+2+3+4 = 11, B 9, C 9,
   * D 7, E 9, F 13 → A 5/11, B 5/9, C 5/9, D 5/7, E 5/9, F 5/13.
   */
  it('is (n − 1) / Σ distances on a connected graph', () => {
    expect(rounded(closeness(square))).toEqual(rounded(new Map(Object.entries({ A: 5 / 11, B: 5 / 9, C: 5 / 9, D: 5 / 7, E: 5 / 9, F: 5 / 13 }))));
  });

  /*
   * Add a separate pair X-Y and a lone Z (n = 9). Wasserman–Faust scales by the share reached:
   * A: (5/11)·(5/8) = 25/88; D: (5/7)·(5/8); X: (1/1)·(1/8) — so the pair no longer outranks the
   * network (classic closeness would give X 1/1 = 1, above D's 5/7). Z reaches no one: 0.
   * Harmonic: A (1 + 1 + ½ + ⅓ + ¼)/8 = 37/96; X 1/8.
   */
  it('corrects for disconnected charts (Wasserman–Faust by default, harmonic on request)', () => {
    const split = graphOf(['A-B', 'A-C', 'B-D', 'C-D', 'D-E', 'E-F', 'X-Y'], ['Z']);
    const wf = closeness(split);
    expect(wf.get('A')).toBeCloseTo(25 / 88, 10);
    expect(wf.get('D')).toBeCloseTo((5 / 7) * (5 / 8), 10);
    expect(wf.get('X')).toBeCloseTo(1 / 8, 10);
    expect(wf.get('Z')).toBe(0);
    const harmonic = closeness(split, { variant: 'harmonic' });
    expect(harmonic.get('A')).toBeCloseTo(37 / 12 / 8, 10);
    expect(harmonic.get('X')).toBeCloseTo(1 / 8, 10);
    expect(harmonic.get('Z')).toBe(0);
  });

  it('measures distance TO the node when following direction', () => {
    // A→B→C: only A reaches B (1 link); A and B reach C (2 + 1).
    const chain = graphOf(['A>B', 'B>C']);
    const scores = closeness(chain, { directed: true });
    expect(scores.get('A')).toBe(0);
    expect(scores.get('B')).toBeCloseTo((1 / 1) * (1 / 2), 10);
    expect(scores.get('C')).toBeCloseTo((2 / 3) * (2 / 2), 10);
  });
});

describe('eigenvector', () => {
  /*
   * A star with centre S and k = 4 leaves: λ = √k = 2, x_leaf = x_S / 2. Unit length:
   * x_S² + 4·x_S²/4 = 1 → x_S = 1/√2 ≈ .7071, x_leaf = 1/(2√2) ≈ .3536.
   */
  const star = ['S-A', 'S-B', 'S-C', 'S-D'];

  it('matches the star by hand (NetworkX normalisation)', () => {
    const { scores, converged } = eigenvector(graphOf(star), { mode: 'whole-graph' });
    expect(converged).toBe(true);
    expect(scores.get('S')).toBeCloseTo(Math.SQRT1_2, 6);
    expect(scores.get('A')).toBeCloseTo(1 / (2 * Math.SQRT2), 6);
  });

  /*
   * Add a separate pair P-Q (λ = 1, against the star's 2). Per component, the star's centre
   * scores 1 and its leaves ½; P and Q score λ_pair/λ_star = ½ rather than vanishing; an
   * isolated node (λ = 0) scores 0. On the whole graph, P and Q tend to 0.
   */
  it('keeps a separate group visible per component, and leaves it near 0 on the whole graph', () => {
    const graph = graphOf([...star, 'P-Q'], ['Z']);
    const { scores } = eigenvector(graph);
    expect(rounded(scores, 6)).toEqual({ S: 1, A: 0.5, B: 0.5, C: 0.5, D: 0.5, P: 0.5, Q: 0.5, Z: 0 });
    const whole = eigenvector(graph, { mode: 'whole-graph', maxIterations: 5000 });
    expect(whole.scores.get('P')!).toBeLessThan(1e-6);
    expect(whole.scores.get('S')).toBeCloseTo(Math.SQRT1_2, 6);
  });
});
