/**
 * Events: eventive phrases grouped into event nodes by family and key argument, linked to their actors,
 * places and targets, dated against the document date. Fixtures build sentences and entities in the
 * test (relations-helpers) so the rows state general English, independent of the entity stage.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../electron/pipeline/events/dates';
import { linkEvents } from '../../../electron/pipeline/events';
import { extractRelations } from '../../../electron/pipeline/relations';
import { annotate, corpusState, type EntitySpec } from './relations-helpers';

describe('findDates', () => {
  it.each([
    ['on 2025-03-04 officials met', undefined, ['2025-03-04']],
    ['It happened on March 3, 2024.', undefined, ['2024-03-03']],
    ['It happened on 3 March 2024.', undefined, ['2024-03-03']],
    ['It happened in March 2024.', undefined, ['2024-03']],
    ['Operation Just Cause in Panama (1989) removed him.', undefined, ['1989']],
    ['Talks began in 2019 and failed.', undefined, ['2019']],
    ['In April, the ministry considered strikes.', '2025-10-21', ['2025-04']],
    ['In November, the ministry considered strikes.', '2025-10-21', ['2024-11']],
    ['In April, the ministry considered strikes.', undefined, []],
    ['The minister spoke on Wednesday.', '2019-04-25', ['2019-04-24']],
    ['The minister spoke on Thursday.', '2019-04-25', ['2019-04-25']],
    ['The minister spoke yesterday.', '2019-04-25', ['2019-04-24']],
    ['Earlier this year the law passed.', '2025-10-21', ['2025']],
    ['Last month the law passed.', '2025-01-10', ['2024-12']],
    ['Last year the law passed.', '2025-01-10', ['2024']],
    ['The president may decide.', '2025-01-10', []],
    ['Trump May Deploy Troops', '2025-01-10', []],
    ['On May 10 the talks resumed.', '2025-06-01', ['2025-05-10']],
  ] as const)('%s (document date %s)', (text, docDate, expected) => {
    expect(findDates(text, docDate).map((d) => d.date)).toEqual(expected);
  });

  it('gives offsets that point at the expression', () => {
    const text = 'Officials met on March 3, 2024 in Geneva.';
    const [d] = findDates(text);
    expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

const ENTITIES: Record<string, EntitySpec> = {
  pentagon: { type: 'organization', forms: ['Pentagon'] },
  niger: { type: 'place', forms: ['Niger'] },
  israel: { type: 'place', forms: ['Israel'] },
  gaza: { type: 'place', forms: ['Gaza'] },
  hamas: { type: 'organization', forms: ['Hamas'] },
  un: { type: 'organization', forms: ['United Nations'] },
};

function corpus(docs: Array<{ id: string; text: string; date?: string }>) {
  const state = corpusState(
    docs.map((d) => annotate(d, ENTITIES)),
    ENTITIES,
  );
  extractRelations(state);
  linkEvents(state);
  const label = (id: string) => state.entities.find((e) => e.id === id)?.label ?? id;
  const relations = state.relations.map(
    (r) => `${label(r.source)} -${r.relation}-> ${label(r.target)} (${r.modality})`,
  );
  return { state, relations, events: state.entities.filter((e) => e.type === 'event') };
}

describe('linkEvents', () => {
  it('clusters phrases about one deployment across documents by family and place', () => {
    const { events, relations } = corpus([
      {
        id: 'a.txt',
        text: 'The Pentagon is preparing to send troops to Niger. Officials said the deployment could begin soon.',
      },
      { id: 'b.txt', text: 'Sending soldiers to Niger is risky, analysts said.' },
    ]);
    expect(events.map((e) => e.label)).toEqual(['deployment to Niger']);
    const [event] = events;
    expect(event.docs.sort()).toEqual(['a.txt', 'b.txt']);
    expect(event.aliases).toEqual(
      expect.arrayContaining(['send troops to Niger', 'Sending soldiers to Niger', 'deployment']),
    );
    expect(relations).toContain('deployment to Niger -located_in-> Niger (planned)');
    expect(relations).toContain('Pentagon -plans-> deployment to Niger (planned)');
    expect(relations).toContain('Pentagon -deploys-> Niger (planned)');
  });

  it('links strikes to who carried them out, where and whom they hit, and dates them', () => {
    const { events, relations } = corpus([
      {
        id: 'a.txt',
        date: '2024-05-08',
        text: 'Israel carried out strikes in Gaza on Monday. The United Nations condemned the strikes.',
      },
      { id: 'b.txt', text: 'Airstrikes on Hamas in Gaza continued.' },
    ]);
    expect(events.map((e) => e.label)).toEqual(['strikes in Gaza']);
    expect(events[0].date).toBe('2024-05-06');
    expect(relations).toEqual(
      expect.arrayContaining([
        'Israel -conducts-> strikes in Gaza (asserted)',
        'strikes in Gaza -located_in-> Gaza (asserted)',
        'strikes in Gaza -targets-> Hamas (asserted)',
        'United Nations -criticizes-> strikes in Gaza (asserted)',
      ]),
    );
  });

  it('reads "the strikes" as the event the document has spoken of most, not merely the last one', () => {
    const { state, relations } = corpus([
      {
        id: 'a.txt',
        text:
          'Israel carried out strikes in Gaza. The strikes in Gaza continued. ' +
          'Israel also considered strikes on Hamas in Niger. ' +
          'The United Nations called for an end to the strikes on Friday.',
      },
    ]);
    const labels = state.entities.filter((e) => e.type === 'event').map((e) => e.label);
    expect(labels).toEqual(['strikes in Gaza']);
    expect(relations).toContain('United Nations -opposes-> strikes in Gaza (asserted)');
  });

  it('makes no node of a phrase stated once, or of a generic one', () => {
    const { events } = corpus([
      {
        id: 'a.txt',
        text: 'Israel carried out strikes in Gaza. Strikes are a common tactic. A deployment is costly.',
      },
    ]);
    expect(events).toEqual([]);
  });

  it('keeps every event mention and evidence sentence verbatim at its offsets', () => {
    const text = 'Israel carried out strikes in Gaza on Monday. The United Nations condemned the strikes.';
    const { state } = corpus([{ id: 'a.txt', text }]);
    const doc = state.documents[0];
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    for (const r of state.relations)
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
  });

  it('dates named events from explicit dates only when the document has no date', () => {
    const entities: Record<string, EntitySpec> = {
      op: { type: 'event', forms: ['Operation Just Cause'] },
      panama: { type: 'place', forms: ['Panama'] },
    };
    const state = corpusState(
      [annotate({ text: 'Operation Just Cause in Panama (1989) ended on Monday.' }, entities)],
      entities,
    );
    extractRelations(state);
    linkEvents(state);
    expect(state.entities.find((e) => e.id === 'op')?.date).toBe('1989');
  });
});

/**
 * Events and policies known by description (docs/relations.md, "Events and policies by description"):
 * `[documents, entities, expected nodes as "type: label"]`, one row per pattern, negative rows where the
 * pattern could over-fire.
 */
describe('events and policies by description', () => {
  const P = (...forms: string[]): EntitySpec => ({ type: 'place', forms });
  const O = (...forms: string[]): EntitySpec => ({ type: 'organization', forms });
  type Row = [text: string, entities: Record<string, EntitySpec>, expected: string[]];
  const rows: Row[] = [
    [
      'The measles outbreak spread. Officials said the outbreak killed 60 children.',
      {},
      ['event: measles outbreak'],
    ],
    // Nothing says which outbreak: no node.
    ['The outbreak spread. The outbreak killed 60 children.', {}, []],
    [
      'The bill was suspended on Saturday. Protesters demand the withdrawal of the extradition bill.',
      {},
      ['policy: extradition bill'],
    ],
    // "Bill" is a name; an electricity bill is an invoice; "law enforcement" is no law.
    ['Bill Clinton spoke. Later Bill Gates agreed.', {}, []],
    ['The electricity bill rose. The electricity bill doubled.', {}, []],
    ['Local law enforcement arrived. Local law enforcement left.', {}, []],
    [
      'Germany imposed a ban on Mahan Air. The ban took effect on Monday.',
      { germany: P('Germany'), mahan: O('Mahan Air') },
      ['policy: ban on Mahan Air'],
    ],
    [
      'Mahan Air has been the subject of United States sanctions since 2011.',
      { us: P('United States'), mahan: O('Mahan Air') },
      ['policy: United States sanctions'],
    ],
    ['A Kabul car bombing killed ten people.', { kabul: P('Kabul') }, ['event: Kabul car bombing']],
    // A strike named only with its country: the country acts, nothing names the strike itself.
    ['U.S. strikes hit the port.', { us: P('U.S.') }, []],
    [
      'The Belarusian presidential election is in August. Rivals were banned from the election.',
      { 'place:belarus': P('Belarus', 'Belarusian') },
      ['event: Belarusian presidential election'],
    ],
    ['Presidential campaigns cost money. Presidential campaigns are long.', {}, []],
    [
      'The government began a nationwide vaccination campaign. The vaccination drive itself started in May.',
      {},
      ['event: nationwide vaccination campaign'],
    ],
    // Campaigns of strikes are the strikes: no campaign node of their own.
    ['The strike campaign grew. Critics said the strike campaign failed.', {}, []],
    [
      'Officials declared a state of emergency. The state of emergency ended in December.',
      {},
      ['policy: state of emergency'],
    ],
  ];
  it.each(rows)('%s', (text, entities, expected) => {
    const state = corpusState([annotate({ id: 'a.txt', text }, entities)], entities);
    extractRelations(state);
    linkEvents(state);
    const nodes = state.entities
      .filter((e) => (e.type === 'event' || e.type === 'policy') && !(e.id in entities))
      .map((e) => `${e.type}: ${e.label}`);
    expect(nodes.sort()).toEqual(expected);
  });
});

describe('a described event keeps what its noun states', () => {
  it('"the agreement between X and Y" still relates X and Y once the agreement is a node', () => {
    const entities: Record<string, EntitySpec> = {
      iraq: { type: 'organization', forms: ['Government of Iraq'] },
      krg: { type: 'organization', forms: ['Kurdistan Regional Government'] },
    };
    const text =
      'I welcome the oil export agreement between the Government of Iraq and the Kurdistan Regional Government. ' +
      'The agreement takes effect in January.';
    const state = corpusState([annotate({ id: 'a.txt', text }, entities)], entities);
    extractRelations(state);
    linkEvents(state);
    expect(state.entities.map((e) => `${e.type}: ${e.label}`)).toContain('policy: oil export agreement');
    const stated = state.relations
      .filter((r) => r.relation !== 'related_to')
      .map((r) => `${r.source} -${r.relation}-> ${r.target}`);
    expect(stated).toContain('iraq -meets-> krg');
  });
});

describe('a description of a named policy refers to it', () => {
  const run = (text: string, entities: Record<string, EntitySpec>) => {
    const state = corpusState([annotate({ id: 'a.txt', text }, entities)], entities);
    extractRelations(state);
    linkEvents(state);
    return state;
  };
  it('joins "the free trade agreement" to the African Continental Free Trade Area', () => {
    const entities: Record<string, EntitySpec> = {
      afcfta: { type: 'policy', forms: ['African Continental Free Trade Area'] },
    };
    const state = run(
      'Leaders launched the African Continental Free Trade Area. The free trade agreement covers 54 states. ' +
        'Nigeria signed the free trade agreement in July.',
      entities,
    );
    expect(state.entities.filter((e) => e.type === 'policy').map((e) => e.id)).toEqual(['afcfta']);
    expect(state.entities[0].aliases).toContain('free trade agreement');
  });
  it('makes a node of its own when no named policy holds its words', () => {
    const entities: Record<string, EntitySpec> = { paris: { type: 'policy', forms: ['Paris Agreement'] } };
    const state = run(
      'Leaders recalled the Paris Agreement. The free trade agreement covers 54 states. ' +
        'Nigeria signed the free trade agreement in July.',
      entities,
    );
    expect(
      state.entities
        .filter((e) => e.type === 'policy')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Paris Agreement', 'free trade agreement']);
  });
});
