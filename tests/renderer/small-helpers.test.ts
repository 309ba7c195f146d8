import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZES, labelFontSizes } from '../../renderer/graph/adapter';
import {
  FCOSE_MAX_NODES,
  forceAlgorithm,
  forceAtlas2Iterations,
  computeForceLayout,
} from '../../renderer/canvas/force';
import { summarizeDiagnostics } from '../../renderer/ui/banner';
import { sourceName } from '../../renderer/ui/toolbar';
import { selectUploads, MAX_UPLOAD_BYTES } from '../../renderer/app/files';

describe('label sizes by importance', () => {
  it('gives the top 8% the largest labels and the bottom 70% the smallest', () => {
    const priorities = new Map(Array.from({ length: 100 }, (_, i) => [`n${i}`, i] as [string, number]));
    const sizes = labelFontSizes(priorities);
    expect(sizes.get('n99')).toBe(LABEL_FONT_SIZES.major);
    expect(sizes.get('n85')).toBe(LABEL_FONT_SIZES.medium);
    expect(sizes.get('n10')).toBe(LABEL_FONT_SIZES.minor);
    expect([...sizes.values()].filter((s) => s === LABEL_FONT_SIZES.major)).toHaveLength(8);
  });
});

describe('force layout choice', () => {
  it.each([
    [10, 'fcose'],
    [FCOSE_MAX_NODES, 'fcose'],
    [FCOSE_MAX_NODES + 1, 'forceatlas2'],
    [20_000, 'forceatlas2'],
  ])('%s connected entities -> %s', (n, algorithm) => {
    expect(forceAlgorithm(n)).toBe(algorithm);
  });

  it('bounds ForceAtlas2 iterations for big graphs', () => {
    expect(forceAtlas2Iterations(1000)).toBeGreaterThan(forceAtlas2Iterations(20_000));
  });

  it.each([12, FCOSE_MAX_NODES + 50])(
    'lays out %s entities deterministically for a seed, with distinct positions',
    (n) => {
      const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, size: 30 }));
      const edges = nodes
        .slice(1)
        .map((node, i) => ({ id: `e${i}`, source: node.id, target: `n${Math.floor(i / 3)}` }));
      const a = computeForceLayout({ nodes, edges, seed: 3 });
      const b = computeForceLayout({ nodes, edges, seed: 3 });
      expect(a).toEqual(b);
      const keys = new Set(Object.values(a).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
      expect(keys.size).toBeGreaterThan(n * 0.95);
      expect(Object.values(a).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    },
  );
});

describe('banner and toolbar wording', () => {
  it.each([
    [[{ severity: 'error', code: 'binary-file', message: 'x', file: 'a.png' }], '1 file skipped'],
    [
      [
        { severity: 'error', code: 'binary-file', message: 'x', file: 'a.png' },
        { severity: 'error', code: 'too-large', message: 'y', file: 'b.txt' },
        { severity: 'warning', code: 'encoding', message: 'z', file: 'c.txt' },
      ],
      '2 files skipped, 1 warning',
    ],
    [[{ severity: 'error', code: 'stage', message: 'x' }], '1 error'],
  ] as const)('summarizes diagnostics %#', (diagnostics, expected) => {
    expect(summarizeDiagnostics(diagnostics as never)).toBe(expected);
  });

  it.each([
    [{ kind: 'folder', label: '/home/ana/news/border' }, 'border'],
    [{ kind: 'folder', label: 'C:\\Users\\ana\\corpus\\' }, 'corpus'],
    [{ kind: 'graph-file', label: 'saved graph' }, 'saved graph'],
    [{ kind: 'files', label: '12 files' }, '12 files'],
  ])('names the source %j', (source, expected) => {
    expect(sourceName(source)).toBe(expected);
  });
});

describe('browser uploads', () => {
  it('leaves out hidden files and files over the size ceiling', () => {
    const file = (name: string, size: number) => {
      const f = new File(['x'], name);
      Object.defineProperty(f, 'size', { value: size });
      return f;
    };
    const { send, skipped } = selectUploads([
      file('a.txt', 10),
      file('.DS_Store', 10),
      file('huge.csv', MAX_UPLOAD_BYTES + 1),
      file('b.html', 10),
    ]);
    expect(send.map((f) => f.name)).toEqual(['a.txt', 'b.html']);
    expect(skipped).toEqual(['huge.csv (larger than 50 MB)']);
  });
});
