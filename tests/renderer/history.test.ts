import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  back,
  canGoBack,
  canGoForward,
  createHistory,
  forward,
  replace,
  visit,
} from '../../renderer/state/history';
import {
  collapseNode,
  expandNode,
  focusOn,
  focusVisibility,
  hasHiddenNeighbours,
  sameFocus,
  type FocusEntry,
} from '../../renderer/state/focus';
import { DEFAULT_FILTERS, applyFilters, setHideCooccurrence } from '../../renderer/state/filters';
import { sampleModel } from './helpers';

describe('history', () => {
  it('goes back and forward like a browser', () => {
    let h = createHistory<string | null>(null);
    h = visit(h, 'a');
    h = visit(h, 'b');
    h = back(h);
    expect(h.present).toBe('a');
    expect(canGoForward(h)).toBe(true);
    h = back(h);
    expect(h.present).toBeNull();
    expect(canGoBack(h)).toBe(false);
    expect(back(h)).toBe(h);
    h = forward(forward(h));
    expect(h.present).toBe('b');
    expect(forward(h)).toBe(h);
  });

  it('visiting after going back drops the forward branch', () => {
    let h = visit(visit(createHistory('start'), 'a'), 'b');
    h = visit(back(h), 'c');
    expect(h.present).toBe('c');
    expect(h.future).toEqual([]);
    expect(h.past).toEqual(['start', 'a']);
  });

  it('ignores a visit to the current entry and replaces without a step', () => {
    const h = visit(createHistory('a'), 'a');
    expect(h.past).toEqual([]);
    expect(replace(visit(h, 'b'), 'b2')).toMatchObject({ past: ['a'], present: 'b2' });
  });

  it(`keeps at most ${HISTORY_LIMIT} past entries`, () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = visit(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(20);
  });

  it('compares focus entries by value', () => {
    let h = createHistory<FocusEntry>(null);
    h = visit(h, focusOn('trump'), sameFocus);
    h = visit(h, focusOn('trump'), sameFocus);
    expect(h.past.length).toBe(1);
  });
});

describe('focus neighbourhood', () => {
  const { graph } = sampleModel();
  const visible = applyFilters(graph, DEFAULT_FILTERS);
  const names = (s: Set<string>) => [...s].sort();

  const cases: Array<[string, FocusEntry & object, string[]]> = [
    ['1 hop', focusOn('sheinbaum', 1), ['mexico', 'sheinbaum', 'trump']],
    ['2 hops', focusOn('sheinbaum', 2), ['cartels', 'fto', 'mexico', 'sheinbaum', 'trump']],
    ['expand a neighbour', expandNode(focusOn('hegseth', 1), 'pentagon'), ['hegseth', 'pentagon', 'strikes']],
    [
      'collapse hides leaves only',
      collapseNode(focusOn('trump', 1), 'mexico'),
      ['cartels', 'fto', 'mexico', 'sheinbaum', 'trump'],
    ],
    [
      'collapse a hub hides its leaves',
      collapseNode(expandNode(focusOn('hegseth', 1), 'pentagon'), 'pentagon'),
      ['hegseth', 'pentagon'],
    ],
    ['unknown node', focusOn('nobody', 1), []],
  ];
  it.each(cases)('%s', (_name, focus, expected) => {
    expect(names(focusVisibility(graph, visible, focus).nodes)).toEqual(expected);
  });

  it('walks only through visible relations', () => {
    const withCooc = applyFilters(graph, setHideCooccurrence(DEFAULT_FILTERS, false));
    expect(focusVisibility(graph, withCooc, focusOn('hegseth')).nodes.has('trump')).toBe(true);
    expect(focusVisibility(graph, visible, focusOn('hegseth')).nodes.has('trump')).toBe(false);
  });

  it('keeps only edges between shown nodes', () => {
    const shown = focusVisibility(graph, visible, focusOn('sheinbaum', 1));
    for (const e of shown.edges)
      expect(shown.nodes.has(graph.source(e)) && shown.nodes.has(graph.target(e))).toBe(true);
    expect(shown.edges.size).toBe(3);
  });

  it('tells whether a node can be expanded', () => {
    const shown = focusVisibility(graph, visible, focusOn('hegseth', 1));
    expect(hasHiddenNeighbours(graph, visible, shown, 'pentagon')).toBe(true);
    expect(hasHiddenNeighbours(graph, visible, shown, 'hegseth')).toBe(false);
  });
});
