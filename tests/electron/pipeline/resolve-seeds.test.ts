/**
 * The seed corpus as a real fixture: the five default articles through the whole pipeline. Checks the
 * entity stages' promises on real text (one node per thing, no alias shared by two nodes) and scores them
 * against the hand annotation (`tests/gold/seeds-entities.json`).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromPath, type ExtractionResult } from '../../../electron/pipeline/index';
import { scoringKey, seedEntityReport, type SeedEntityReport } from '../../../bench/quality/seed-entities';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CORPUS = path.join(ROOT, 'graph-data', 'corpus');
const GOLD = path.join(ROOT, 'tests', 'gold', 'seeds-entities.json');
/** The types this stage owns end to end (events also come from the relation stage's eventive phrases). */
const NAMED_TYPES = ['person', 'organization', 'place', 'policy'] as const;

let result: ExtractionResult;
let report: SeedEntityReport;

beforeAll(async () => {
  result = await extractFromPath(CORPUS);
  report = await seedEntityReport(GOLD, CORPUS);
}, 120_000);

describe('seed entities', () => {
  it('never gives two named nodes the same normalised alias', () => {
    const owner = new Map<string, string>();
    // A body named through another country ("its National Guard" after Mexico) legitimately shares its
    // bare name with the namesake body; its label says which one it is.
    const qualified = (e: ExtractionResult['entities'][number]) => e.mentions.every((m) => m.country);
    const named = result.entities.filter((x) => (NAMED_TYPES as readonly string[]).includes(x.type));
    for (const e of named.filter((x) => !qualified(x))) {
      for (const alias of e.aliases) {
        const key = scoringKey(alias);
        expect(owner.get(key) ?? e.id, `"${alias}" in ${e.id} and ${owner.get(key)}`).toBe(e.id);
        owner.set(key, e.id);
      }
    }
  });

  it.each<[string, string, string[]]>([
    ['person:donald-trump', 'Donald Trump', ['Trump']],
    ['place:united-states', 'United States', ['U.S.', 'US', 'America']],
    ['organization:department-of-defense', 'Department of Defense', ['Pentagon']],
    ['organization:joint-special-operations-command', 'Joint Special Operations Command', ['JSOC']],
    ['organization:trump-administration', 'Trump administration', ['Trump’s administration']],
    ['policy:foreign-terrorist-organizations', 'Foreign Terrorist Organizations', ['FTOs']],
    ['person:robert-s-mueller', 'Robert S. Mueller', ['Mueller']],
  ])('%s is one node', (id, label, aliases) => {
    const entity = result.entities.find((e) => e.id === id);
    expect(entity?.label).toBe(label);
    for (const alias of aliases) expect(entity?.aliases).toContain(alias);
  });

  it('keeps the U.S. and the Mexican National Guard apart', () => {
    const guards = result.entities.filter((e) => e.aliases.includes('National Guard')).map((e) => e.label);
    expect(guards.sort()).toEqual(['Mexican National Guard', 'National Guard']);
  });

  it('drops demonyms and anonymous groups', () => {
    const labels = new Set(result.entities.map((e) => e.label));
    for (const word of ['Mexican', 'American', 'Americans', 'officials', 'Russian'])
      expect(labels.has(word)).toBe(false);
  });

  it.each(NAMED_TYPES)('scores %s F1 >= 0.9 against the gold', (type) => {
    const row = report.rows.find((r) => r.label === type)!;
    expect(
      row.f1,
      JSON.stringify({ misses: report.misses, falsePositives: report.falsePositives }),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('has no duplicate named nodes', () => {
    const named = report.duplicates.filter((d) => !d.of.startsWith('event:'));
    expect(named).toEqual([]);
  });
});
