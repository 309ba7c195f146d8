import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../electron/pipeline/clean';
import { MAX_SENTENCE_TOKENS, segmentDocument } from '../../../electron/pipeline/segment';
import { tokenize } from '../../../electron/pipeline/segment/tokens';
import type { SegmentedDocument } from '../../../electron/pipeline/types';

function segment(text: string): SegmentedDocument {
  return segmentDocument(cleanDocument({ id: 't.txt', path: '/t.txt', format: 'txt', text }));
}

const sentencesOf = (text: string) => segment(text).sentences.map((s) => s.text);
const tokensOf = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

describe('sentence splitting', () => {
  const rows: Array<[string, string, string[]]> = [
    ['plain', 'The army moved. Officials denied it.', ['The army moved.', 'Officials denied it.']],
    ['question and exclamation', 'Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
    [
      'closing quote after the period belongs to the sentence',
      'He said, “We will go.” Then he left.',
      ['He said, “We will go.”', 'Then he left.'],
    ],
    [
      'colon then a multi-sentence quotation stays one sentence',
      'Then came a warning: “Better not happen again! We are now sending troops.” Aides were stunned.',
      ['Then came a warning: “Better not happen again! We are now sending troops.”', 'Aides were stunned.'],
    ],
    [
      'quote followed by a lower-case attribution',
      '“Enough!” he said. The crowd cheered.',
      ['“Enough!” he said.', 'The crowd cheered.'],
    ],
    [
      'straight quotes',
      '"The search is complete," the minister said. "We are done." Work ended.',
      ['"The search is complete," the minister said.', '"We are done."', 'Work ended.'],
    ],
    [
      'an unclosed quote does not swallow the paragraph',
      'He said “we will see. Nobody knows. The end is near.',
      ['He said “we will see.', 'Nobody knows.', 'The end is near.'],
    ],
    [
      'a closing quote set off by a space stays with its sentence',
      "He wrote: \"Trump said, 'Let's talk about it tomorrow.' \" Then he resigned.",
      ["He wrote: \"Trump said, 'Let's talk about it tomorrow.' \"", 'Then he resigned.'],
    ],
    [
      'stray closing punctuation at the end of a paragraph joins the last sentence',
      'It was over. They should solve it themselves. "',
      ['It was over.', 'They should solve it themselves. "'],
    ],
    [
      'U.S. mid-sentence',
      'The U.S. military is armed. It said so.',
      ['The U.S. military is armed.', 'It said so.'],
    ],
    [
      'U.S. before a name',
      'He met U.S. President Joe Biden. It went well.',
      ['He met U.S. President Joe Biden.', 'It went well.'],
    ],
    [
      'U.S. ending a sentence',
      'Troops returned to the U.S. The war ended.',
      ['Troops returned to the U.S.', 'The war ended.'],
    ],
    ['U.K.', 'The U.K. government agreed.', ['The U.K. government agreed.']],
    [
      'titles',
      'Gen. Mark Milley and Lt. Col. Smith met Sen. Jones and Rep. Lee.',
      ['Gen. Mark Milley and Lt. Col. Smith met Sen. Jones and Rep. Lee.'],
    ],
    [
      'Gov. and Mr./Mrs./Dr.',
      'Gov. Abbott, Mr. Smith, Mrs. Smith and Dr. Who spoke.',
      ['Gov. Abbott, Mr. Smith, Mrs. Smith and Dr. Who spoke.'],
    ],
    [
      'St. and Inc.',
      'St. Louis-based Acme Inc. said it would sue.',
      ['St. Louis-based Acme Inc. said it would sue.'],
    ],
    [
      'Inc. ending a sentence',
      'The deal went to Acme Inc. The rival lost.',
      ['The deal went to Acme Inc.', 'The rival lost.'],
    ],
    [
      'Co. and Corp.',
      'Ford Motor Co. and Boeing Corp. reported losses.',
      ['Ford Motor Co. and Boeing Corp. reported losses.'],
    ],
    ['months', 'On Jan. 5 and Feb. 10 the talks resumed.', ['On Jan. 5 and Feb. 10 the talks resumed.']],
    [
      'a.m. and p.m. mid-sentence',
      'He leaves at 10:40 a.m., and returns at 5 p.m. on Friday.',
      ['He leaves at 10:40 a.m., and returns at 5 p.m. on Friday.'],
    ],
    [
      'p.m. ending a sentence',
      'The vote is at 5 p.m. The result follows.',
      ['The vote is at 5 p.m.', 'The result follows.'],
    ],
    ['No. before a number', 'He is ranked No. 1 in the world.', ['He is ranked No. 1 in the world.']],
    ['no. ending a sentence', 'He said no. Mexico agreed.', ['He said no.', 'Mexico agreed.']],
    [
      'vs. e.g. i.e.',
      'It was Mexico vs. Canada, e.g. a rivalry, i.e. old.',
      ['It was Mexico vs. Canada, e.g. a rivalry, i.e. old.'],
    ],
    [
      'middle initial',
      'Special counsel Robert S. Mueller wrote it.',
      ['Special counsel Robert S. Mueller wrote it.'],
    ],
    [
      'initial ending a sentence',
      'They chose Plan B. The plan failed.',
      ['They chose Plan B.', 'The plan failed.'],
    ],
    [
      'decimals and thousands',
      'Oil rose 2.5 percent to $61.20 and 4,700 troops left.',
      ['Oil rose 2.5 percent to $61.20 and 4,700 troops left.'],
    ],
    ['ellipsis mid-sentence', 'He paused... and then spoke.', ['He paused... and then spoke.']],
    ['ellipsis ending a sentence', 'He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
    [
      'URL',
      'See https://example.org/a.b?c=d. It is long.',
      ['See https://example.org/a.b?c=d.', 'It is long.'],
    ],
    ['domain in text', 'He founded Znak.com in 2000. It grew.', ['He founded Znak.com in 2000.', 'It grew.']],
    ['e-mail', 'Write to press@example.org. They reply.', ['Write to press@example.org.', 'They reply.']],
    [
      'source tag',
      '(NBC)- The administration is planning strikes.',
      ['(NBC)- The administration is planning strikes.'],
    ],
    [
      'all-caps opening',
      'PRESIDENT Donald Trump is preparing troops. He said so.',
      ['PRESIDENT Donald Trump is preparing troops.', 'He said so.'],
    ],
    [
      'lower-case sentence start after a long word',
      'It runs on the command-line. youtube-dl is free.',
      ['It runs on the command-line.', 'youtube-dl is free.'],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('makes each heading line one flagged sentence, even without final punctuation', () => {
    const doc = segment(
      'Trump threatens to send soldiers to the border\n\nThe president spoke. He left.\n\nTENSION FEARS\nHe warned them.',
    );
    expect(doc.sentences.map((s) => [s.text, s.heading])).toEqual([
      ['Trump threatens to send soldiers to the border', true],
      ['The president spoke.', false],
      ['He left.', false],
      ['TENSION FEARS', true],
      ['He warned them.', false],
    ]);
  });

  it('makes each bullet item its own sentence, without the bullet glyph', () => {
    const text =
      'Options include:\n  • Border wall construction\n  - Pressure on Mexico\n  * Tariffs\n1. Sanctions. More sanctions.';
    expect(sentencesOf(text)).toEqual([
      'Options include:',
      'Border wall construction',
      'Pressure on Mexico',
      'Tariffs',
      'Sanctions.',
      'More sanctions.',
    ]);
  });

  it('cuts a run-on "sentence" at the best boundary, at most MAX_SENTENCE_TOKENS tokens each', () => {
    const clause = 'the convoy moved north along the coast road';
    const text = `${Array.from({ length: 40 }, () => clause).join(', ')}; and then ${clause} ${'word '.repeat(300)}end`;
    const doc = segment(text);
    expect(doc.sentences.length).toBeGreaterThan(3);
    for (const s of doc.sentences) expect(s.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    // The first pieces end at a comma or semicolon, not mid-clause.
    expect(doc.sentences[0].text).toMatch(/[,;]$/);
    expect(doc.sentences.map((s) => s.tokens.length).reduce((a, b) => a + b)).toBe(tokensOf(text).length);
  });

  it('copes with degenerate input: 150,000 short lines, a 250 KB line, a sea of quotes', () => {
    const cases = [
      'x\n'.repeat(150_000),
      'word '.repeat(50_000),
      '"'.repeat(100_000),
      '“a. B. '.repeat(10_000),
    ];
    for (const text of cases) {
      const doc = segment(text);
      expect(doc.sentences.length).toBeGreaterThan(0);
      expect(doc.sentences.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS)).toBe(true);
    }
  });

  it('keeps offsets verbatim: sentence and token text equal the slices they point to', () => {
    const text =
      '  “Mexico’s Soldiers pulled guns,” he said.\n\n• U.S.-Mexico talks resumed at 10:40 a.m. on Jan. 5.';
    const doc = segment(text);
    expect(doc.sentences.length).toBe(2);
    for (const s of doc.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

describe('tokenization (Penn Treebank / GMB conventions)', () => {
  const rows: Array<[string, string[]]> = [
    ['Trump said no.', ['Trump', 'said', 'no', '.']],
    ['Mueller’s report', ['Mueller', '’s', 'report']],
    ["Mexico's army", ['Mexico', "'s", 'army']],
    ["don't stop", ['do', "n't", 'stop']],
    ['isn’t imminent', ['is', 'n’t', 'imminent']],
    ["can't won't", ['ca', "n't", 'wo', "n't"]],
    [
      "I'm sure we're fine, they've said, you'll see, I'd go",
      [
        'I',
        "'m",
        'sure',
        'we',
        "'re",
        'fine',
        ',',
        'they',
        "'ve",
        'said',
        ',',
        'you',
        "'ll",
        'see',
        ',',
        'I',
        "'d",
        'go',
      ],
    ],
    ["O'Connor's Shi'ite allies", ["O'Connor", "'s", "Shi'ite", 'allies']],
    ["the parents' cars", ['the', 'parents', "'", 'cars']],
    ['the U.S. and U.K.', ['the', 'U.S.', 'and', 'U.K.']],
    ['U.S.-Mexico border', ['U.S.-Mexico', 'border']],
    ['an all-of-government approach', ['an', 'all-of-government', 'approach']],
    ['anti-U.S. protests', ['anti-U.S.', 'protests']],
    ['Gen. Smith and Mr. Jones', ['Gen.', 'Smith', 'and', 'Mr.', 'Jones']],
    ['Robert S. Mueller', ['Robert', 'S.', 'Mueller']],
    ['about 4,700 troops', ['about', '4,700', 'troops']],
    ['at 10:40 a.m., he left', ['at', '10:40', 'a.m.', ',', 'he', 'left']],
    ['$1.3 million and 30% more', ['$', '1.3', 'million', 'and', '30', '%', 'more']],
    ['“ARMED SOLDIERS”', ['“', 'ARMED', 'SOLDIERS', '”']],
    ['"quoted," he said.', ['"', 'quoted', ',', '"', 'he', 'said', '.']],
    ['the Border.”', ['the', 'Border', '.', '”']],
    ['(NBC)- The', ['(', 'NBC', ')', '-', 'The']],
    ['networks—but it', ['networks', '—', 'but', 'it']],
    ['troops -- and', ['troops', '--', 'and']],
    ['He waited... then', ['He', 'waited', '...', 'then']],
    ['See https://example.org/path?a=1.', ['See', 'https://example.org/path?a=1', '.']],
    ['mail press@example.org, now', ['mail', 'press@example.org', ',', 'now']],
    ['No. 10 Downing', ['No.', '10', 'Downing']],
    ['the ’80s and 1990s', ['the', '’80s', 'and', '1990s']],
    ['Wikinews\u200d’s reporter', ['Wikinews', '’s', 'reporter']],
    ['apprehending & returning!', ['apprehending', '&', 'returning', '!']],
    ['president(s) [sic]', ['president', '(', 's', ')', '[', 'sic', ']']],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });

  it('keeps every token offset verbatim', () => {
    const text = '“I don’t think we’re going to ask,” Trump said at 10:40 a.m. in the U.S.-Mexico region.';
    for (const t of tokenize(text, 0, text.length)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
