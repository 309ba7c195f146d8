import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBoxBelow, pickLabels, type LabelBox } from '../../renderer/graph/labels';

const box = (id: string, x: number, y: number, priority: number, width = 80, height = 14): LabelBox => ({
  id,
  x,
  y,
  width,
  height,
  priority,
});

describe('label decluttering', () => {
  it.each([
    [box('a', 0, 0, 1), box('b', 50, 5, 1), true],
    [box('a', 0, 0, 1), box('b', 90, 0, 1), false],
    [box('a', 0, 0, 1), box('b', 0, 20, 1), false],
  ])('overlap %#', (a, b, expected) => {
    expect(boxesOverlap(a, b)).toBe(expected);
  });

  it('keeps the more important of two colliding labels', () => {
    expect([...pickLabels([box('minor', 10, 0, 1), box('major', 0, 0, 5)])]).toEqual(['major']);
  });

  it('keeps every label that does not collide', () => {
    const boxes = Array.from({ length: 20 }, (_, i) =>
      box(`n${i}`, (i % 5) * 100, Math.floor(i / 5) * 30, i),
    );
    expect(pickLabels(boxes).size).toBe(20);
  });

  it('always keeps pinned labels (selected, focused)', () => {
    const shown = pickLabels([box('big', 0, 0, 100), box('selected', 5, 2, Infinity)]);
    expect(shown.has('selected')).toBe(true);
  });

  it('thins a dense cluster to a readable few', () => {
    const boxes = Array.from({ length: 200 }, (_, i) => box(`n${i}`, (i * 7) % 120, (i * 13) % 90, i));
    const shown = pickLabels(boxes);
    expect(shown.size).toBeLessThan(20);
    expect(shown.has('n199')).toBe(true);
  });

  it('places a label centred under its node', () => {
    expect(labelBoxBelow('a', { x: 100, y: 100 }, 20, 60, 14, 1)).toMatchObject({ x: 70, y: 114, width: 60 });
  });
});
