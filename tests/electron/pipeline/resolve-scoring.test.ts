/** The seed entity scorer (`bench/quality/seed-entities.ts`) on small hand-made cases. */
import { describe, expect, it } from 'vitest';
import { scoreEntities, scoringKey, type PredictedNode } from '../../../bench/quality/seed-entities';
import type { EntityType } from '../../../electron/pipeline/types';

const gold = [
  {
    id: 'person:donald-trump',
    label: 'Donald Trump',
    type: 'person' as const,
    aliases: ['Donald Trump', 'Trump'],
  },
  { id: 'place:mexico', label: 'Mexico', type: 'place' as const, aliases: ['Mexico'] },
  {
    id: 'organization:ng-us',
    label: 'National Guard',
    type: 'organization' as const,
    aliases: ['National Guard'],
  },
  {
    id: 'organization:ng-mx',
    label: 'Mexican NG',
    type: 'organization' as const,
    aliases: ['National Guard'],
  },
  {
    id: 'policy:wall',
    label: 'Border wall',
    type: 'policy' as const,
    aliases: ['Border wall'],
    optional: true,
  },
];

function node(id: string, type: EntityType, aliases: string[], mentions = 1): PredictedNode {
  return { id, label: aliases[0], type, aliases, mentions };
}

describe('scoringKey', () => {
  it.each<[string, string]>([
    ['The United States', 'united states'],
    ['Mexico’s', 'mexico'],
    ['“Remain  in Mexico”', '"remain in mexico"'],
    ['PRESIDENT', 'president'],
  ])('%s -> %s', (text, key) => expect(scoringKey(text)).toBe(key));
});

describe('scoreEntities', () => {
  it('matches by any alias and type, counts duplicates and type errors as false positives', () => {
    const report = scoreEntities(gold, [
      node('p1', 'person', ['Donald Trump', 'Trump'], 9),
      node('p2', 'person', ['Trump'], 1), // duplicate of Donald Trump
      node('o1', 'organization', ['Mexico']), // right name, wrong type
      node('x', 'policy', ['Border wall']), // only an optional entity: ignored
    ]);
    expect(report.duplicates.map((d) => d.id)).toEqual(['p2']);
    expect(report.falsePositives.map((f) => f.id)).toEqual(['o1']);
    const micro = report.rows.find((r) => r.label === 'micro')!;
    expect(micro.precision).toBeCloseTo(1 / 3);
    expect(micro.recall).toBeCloseTo(1 / 4);
    expect(report.misses.map((m) => m.id)).toEqual([
      'place:mexico',
      'organization:ng-us',
      'organization:ng-mx',
    ]);
  });

  it('lets a shared alias match either entity once each', () => {
    const report = scoreEntities(gold, [
      node('a', 'organization', ['National Guard'], 2),
      node('b', 'organization', ['Mexican National Guard', 'National Guard'], 1),
    ]);
    expect(report.duplicates).toEqual([]);
    expect(report.rows.find((r) => r.label === 'organization')!.f1).toBe(1);
  });
});
