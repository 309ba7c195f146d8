import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_CANVAS_LIMITS,
  ExportTooLargeError,
  exportFileName,
  fallbackScale,
  imageFrame,
  maxScale,
  planImageSize,
} from '../../renderer/export/size';
import { legendEntries, layoutLegend } from '../../renderer/export/legend';

describe('image size planning', () => {
  it.each([
    // [width, height, requested scale, expected scale, reduced?]
    [1200, 800, 2, 2, false],
    [1200, 800, 4, 4, false],
    [10_000, 8_000, 4, 1.83, true], // area-bound: 16384² px max
    [40_000, 1_000, 1, 0.81, true], // side-bound: 32767 px max
    [8_000, 8_000, 2, 2, false], // exactly 16000² fits
  ])('%s x %s at %s× -> %s×', (w, h, requested, expected, reduced) => {
    const plan = planImageSize(w, h, requested);
    expect(plan.scale).toBe(expected);
    expect(!!plan.reducedFrom).toBe(reduced);
    expect(plan.width).toBeLessThanOrEqual(CHROMIUM_CANVAS_LIMITS.maxSide);
    expect(plan.height).toBeLessThanOrEqual(CHROMIUM_CANVAS_LIMITS.maxSide);
    expect(plan.width * plan.height).toBeLessThanOrEqual(CHROMIUM_CANVAS_LIMITS.maxArea);
    if (reduced) expect(plan.message).toMatch(/canvas limit; exported at/);
  });

  it('refuses an image that would be unreadably small, suggesting vector formats', () => {
    expect(() => planImageSize(2_000_000, 2_000_000, 1)).toThrow(
      expect.objectContaining({ name: 'ExportTooLargeError' }),
    );
    expect(() => planImageSize(0, 100, 1)).toThrow(ExportTooLargeError);
  });

  it('computes the largest fitting scale', () => {
    expect(maxScale(16_384, 16_384)).toBeCloseTo(1);
    expect(maxScale(100, 100, { maxSide: 1000, maxArea: 1e9 })).toBe(10);
  });

  it.each([
    [4, 2],
    [1, 0.5],
    [0.4, undefined],
  ])('falls back from %s× to %s×', (scale, next) => {
    expect(fallbackScale(scale)).toBe(next);
  });

  it('adds title and legend bands around the drawing', () => {
    expect(imageFrame(800, 600)).toMatchObject({ width: 800, height: 600, graph: { x: 0, y: 0 } });
    const framed = imageFrame(800, 600, { title: 'Who threatens whom', legend: true });
    expect(framed.height).toBeGreaterThan(600);
    expect(framed.graph.y).toBeGreaterThan(0);
    expect(framed.legend!.y).toBe(framed.graph.y + 600);
    expect(imageFrame(800, 600, { title: '   ' }).title).toBeUndefined();
  });

  it.each([
    ['Who threatens whom?', 'png', 'who-threatens-whom-2025-01-02.png'],
    ['', 'svg', 'plexus-graph-2025-01-02.svg'],
    ['../../etc/passwd', 'pdf', 'etc-passwd-2025-01-02.pdf'],
    ['México ↔ EE.UU.', 'jpg', 'mexico-ee-uu-2025-01-02.jpg'],
  ])('file name for "%s"', (title, ext, expected) => {
    expect(exportFileName(title, ext, new Date('2025-01-02T10:00:00Z'))).toBe(expected);
  });
});

describe('legend', () => {
  it('lists present types, relations and non-default modalities in a fixed order', () => {
    const entries = legendEntries({
      types: ['place', 'person'],
      relations: ['threatens', 'related_to'],
      modalities: ['negated', 'asserted'],
    });
    expect(entries.map((e) => `${e.kind}:${e.key}`)).toEqual([
      'type:person',
      'type:place',
      'relation:threatens',
      'relation:related_to',
      'modality:negated',
    ]);
    expect(entries.find((e) => e.key === 'related_to')!.label).toBe('co-occurs with');
  });

  it('wraps into rows and reports what did not fit', () => {
    const entries = legendEntries({
      types: ['person', 'place', 'event', 'policy', 'organization'],
      relations: [],
      modalities: [],
    });
    const measure = (t: string) => t.length * 7;
    const wide = layoutLegend(entries, 2000, 50, measure);
    expect(new Set(wide.placed.map((p) => p.y)).size).toBe(1);
    const narrow = layoutLegend(entries, 150, 50, measure);
    expect(narrow.placed.length + narrow.omitted).toBe(5);
    expect(narrow.omitted).toBeGreaterThan(0);
  });
});
