import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { DomUtils } from 'htmlparser2';
import {
  edgePath,
  escapeXml,
  truncateLabel,
  writeSvg,
  type SvgEdge,
  type SvgNode,
} from '../../renderer/export/svg';
import { legendEntries } from '../../renderer/export/legend';

const nodes: SvgNode[] = [
  {
    id: 'a',
    label: 'Donald Trump',
    position: { x: 0, y: 0 },
    size: 40,
    shape: 'ellipse',
    color: '#4e79a7',
    showLabel: true,
  },
  {
    id: 'b',
    label: 'Mexico',
    position: { x: 200, y: 100 },
    size: 30,
    shape: 'round-diamond',
    color: '#59a14f',
    showLabel: true,
  },
  {
    id: 'c',
    label: '<script>"x" & Co',
    position: { x: 100, y: 200 },
    size: 20,
    shape: 'round-rectangle',
    color: '#f28e2b',
    showLabel: true,
  },
  {
    id: 'd',
    label: 'Hidden label',
    position: { x: 300, y: 200 },
    size: 20,
    shape: 'round-triangle',
    color: '#e15759',
    showLabel: false,
  },
];
const edges: SvgEdge[] = [
  {
    id: 'e1',
    from: { x: 20, y: 10 },
    to: { x: 185, y: 92 },
    color: '#d62728',
    width: 3,
    dash: [],
    arrow: true,
    struck: false,
    opacity: 0.9,
  },
  {
    id: 'e2',
    from: { x: 190, y: 110 },
    to: { x: 110, y: 190 },
    controls: [{ x: 170, y: 170 }],
    color: '#2ca02c',
    width: 1.5,
    dash: [7, 4],
    arrow: true,
    struck: false,
    opacity: 0.85,
  },
  {
    id: 'e3',
    from: { x: 0, y: 20 },
    to: { x: 95, y: 195 },
    color: '#7f7f7f',
    width: 1.2,
    dash: [],
    arrow: false,
    struck: true,
    opacity: 0.55,
  },
];
const options = {
  bounds: { x: -30, y: -30, width: 360, height: 260 },
  width: 720,
  height: 520,
  background: '#ffffff',
  text: '#1d2330',
  labelPlate: '#ffffff',
  font: 'system-ui, "Segoe UI", sans-serif',
};

function parse(svg: string) {
  const doc = parseDocument(svg, { xmlMode: true });
  const root = DomUtils.findOne((e) => e.name === 'svg', doc.children)!;
  const all = (name: string) => DomUtils.findAll((e) => e.name === name, doc.children);
  return { root, all, texts: all('text').map((t) => DomUtils.textContent(t)) };
}

describe('SVG writer', () => {
  it('writes well-formed SVG with one shape per node and one path per edge', () => {
    const { root, all } = parse(writeSvg(nodes, edges, options));
    expect(root.attribs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attribs.width).toBe('720');
    expect(all('circle')).toHaveLength(1);
    expect(all('polygon')).toHaveLength(2);
    expect(all('path').filter((p) => (p.parent as { name?: string } | null)?.name === 'g')).toHaveLength(3);
  });

  it('writes visible labels, escaped, and skips hidden ones', () => {
    const svg = writeSvg(nodes, edges, options);
    const { texts } = parse(svg);
    expect(texts).toContain('Donald Trump');
    expect(texts).toContain('<script>"x" & Co');
    expect(texts).not.toContain('Hidden label');
    expect(svg).not.toContain('<script>');
  });

  it.each([
    // [placement, expected anchor, label x relative to the node, label baseline below the node centre?]
    ['below', 'middle', 0, true],
    ['right', 'start', 24, false],
    ['left', 'end', -24, false],
    ['above', 'middle', 0, false],
  ] as const)('places a label %s its node as the canvas does', (placement, anchor, dx, under) => {
    const node: SvgNode = { ...nodes[0], label: 'Placed', labelPlacement: placement };
    const { all } = parse(writeSvg([node], [], options));
    const text = all('text').find((t) => DomUtils.textContent(t) === 'Placed')!;
    expect(text.attribs['text-anchor'] ?? 'middle').toBe(anchor);
    expect(Number(text.attribs.x)).toBeCloseTo(dx);
    expect(Number(text.attribs.y) > node.size / 2).toBe(under);
  });

  it('dashes, arrows and strikes edges like the canvas', () => {
    const svg = writeSvg(nodes, edges, options);
    expect(svg).toContain('stroke-dasharray="7 4"');
    expect(svg.match(/marker-end=/g)).toHaveLength(2);
    expect(svg.match(/<marker /g)).toHaveLength(2); // one per colour
    expect(parse(svg).all('line')).toHaveLength(1); // the bar across the negated edge
  });

  it('adds a title and a legend when asked', () => {
    const legend = legendEntries({
      types: ['person', 'place'],
      relations: ['threatens'],
      modalities: ['reported'],
    });
    const { root, texts } = parse(writeSvg(nodes, edges, { ...options, title: 'Border crisis', legend }));
    expect(texts).toContain('Border crisis');
    expect(texts).toEqual(expect.arrayContaining(['People', 'Places', 'threatens', 'reported']));
    expect(Number(root.attribs.height)).toBeGreaterThan(520);
  });

  it('leaves the background transparent when asked', () => {
    expect(writeSvg(nodes, edges, { ...options, background: null })).not.toContain('height="100%"');
  });

  it.each([
    [{ x: 0, y: 0 }, { x: 10, y: 0 }, [], 'M0,0 L10,0'],
    [{ x: 0, y: 0 }, { x: 10, y: 0 }, [{ x: 5, y: 5 }], 'M0,0 Q5,5 10,0'],
    [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      [
        { x: 2, y: 4 },
        { x: 8, y: 4 },
      ],
      'M0,0 Q2,4 5,4 Q8,4 10,0',
    ],
  ])('edge path %#', (from, to, controls, expected) => {
    expect(edgePath(from, to, controls)).toBe(expected);
  });

  it.each([
    ['a & b', 'a &amp; b'],
    ['"<x>"', '&quot;&lt;x&gt;&quot;'],
    ['bad\u0001char', 'badchar'],
  ])('escapes %s', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('ellipsises long labels', () => {
    expect(truncateLabel('Foreign Terrorist Organization designation of Mexican cartels', 30)).toBe(
      'Foreign Terrorist Organizatio…',
    );
    expect(truncateLabel('Short')).toBe('Short');
  });
});
