import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../electron/pipeline/clean';
import type { CleanedDocument, SourceDocument } from '../../../electron/pipeline/types';

const ARTICLE =
  'The Investigative Committee and the Federal Security Service (FSB) said they believe gas was the trigger for the disaster, which occurred at 6am as many occupants slept.';

function clean(text: string, extra: Partial<SourceDocument> = {}): CleanedDocument {
  return cleanDocument({ id: 'a.txt', path: '/a.txt', format: 'txt', text, ...extra });
}

/** Distinct article paragraphs (identical ones would be removed as repeats). */
const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `${ARTICLE} This is paragraph ${i + 1}.`);

/** The reason a line was removed, or 'kept'. The line sits inside an ordinary article. */
function verdict(line: string, where: 'middle' | 'end' = 'middle'): string {
  const [a, b, c, d] = paragraphs(4);
  const text = where === 'middle' ? [a, b, line, c, d].join('\n\n') : [a, b, c, d, line].join('\n\n');
  const doc = clean(text);
  const start = text.indexOf(line);
  const removed = doc.removed.find((r) => r.start <= start && r.end >= start + line.length);
  return removed?.reason ?? 'kept';
}

describe('line rules: each with positive and negative rows', () => {
  const rows: Array<[string, string]> = [
    // affiliate disclosures
    [
      'Affiliate Disclosure: Some links in this post are affiliate links. We may earn a commission at no extra cost to you.',
      'affiliate-disclosure',
    ],
    ['This page contains affiliate links; we may earn a commission on purchases.', 'affiliate-disclosure'],
    [
      'The company said its affiliate in Mexico had been sanctioned by the Treasury Department last year.',
      'kept',
    ],
    // newsletters
    ['Subscribe to our newsletter to get the best stories straight to your inbox.', 'newsletter'],
    ['Sign up for our daily newsletter.', 'newsletter'],
    ['Enter your email address', 'newsletter'],
    ['The union said it would send a newsletter to members explaining the strike vote on Monday.', 'kept'],
    ['I manage the social media and newsletters for the project and help people get involved.', 'kept'],
    // share / alerts / follow
    ['Get breaking news alerts and more from Example News on your iPhone or your Android.', 'share-prompt'],
    ['Share this article', 'share-prompt'],
    ['Follow us on Twitter @example', 'share-prompt'],
    ['Follow Jane Doe on Twitter', 'share-prompt'],
    [
      'Police shared the footage with reporters, and residents were told to follow evacuation orders.',
      'kept',
    ],
    // photo credits (whole line)
    ['Image: Nicholas Moreau.', 'photo-credit'],
    ['Photo credit: Jane Doe/Reuters', 'photo-credit'],
    ['Imagery from the satellite showed the damage.', 'kept'],
    // code and stray markup
    ['{"email":"Email address invalid","url":"Website address invalid"}', 'code'],
    ['<div class="ad-slot" data-id="17"></div><script>load();</script>', 'code'],
    ['>', 'stray-markup'],
    ['* * *', 'stray-markup'],
    ['The vote was 220 to 192; fifteen Democrats defected.', 'kept'],
    // taxonomy
    ['Categories: Across the Nation, Featured', 'taxonomy'],
    ['Tags: Mexico, cartels, Pentagon', 'taxonomy'],
    ['Categories of weapons covered by the treaty were expanded in 2019.', 'kept'],
    // orphan links and read-more lines
    ['Learn more', 'orphan-link'],
    ['Read more »', 'orphan-link'],
    ['References', 'orphan-link'],
    ['READ MORE: Troops head to the border', 'read-more'],
    ['Read more about the treaty was the advice officials gave to lawmakers before the vote.', 'kept'],
    // comment prompts
    [
      'Have thoughts about border security? We’d love to hear your perspective in the comments below.',
      'comment-prompt',
    ],
    ['Let us know what you think in the comments.', 'comment-prompt'],
    ['He declined to give any comments at this time, his lawyer said on Tuesday.', 'kept'],
    ['“Share your thoughts with us,” the minister told the crowd.', 'kept'],
    // copyright and bylines
    ['© 2025 Example Media. All rights reserved.', 'copyright'],
    ['Copyright law was at the heart of the case, the court said.', 'kept'],
    ['Reporting by Jane Doe; Editing by John Roe', 'byline'],
    // lone dates and links
    ['May 10, 2025', 'date-line'],
    ['Friday, January 4, 2019', 'date-line'],
    ['https://example.org/story/123', 'link-line'],
    ['On May 10, 2025, the army moved north.', 'kept'],
  ];
  it.each(rows)('%s -> %s', (line, expected) => {
    expect(verdict(line)).toBe(expected);
  });

  it('removes a trailing "about the author" block and a first-person bio', () => {
    const text = `${ARTICLE}\n\nAbout the author\n\nJane Doe is a seasoned consultant who writes about wellness.`;
    const doc = clean(text);
    expect(doc.removed.map((r) => r.reason)).toEqual(['author-bio', 'author-bio']);
    expect(verdict('Jane Doe is a freelance reporter based in Mexico City.', 'end')).toBe('author-bio');
    expect(verdict('Jane Doe is a freelance reporter based in Mexico City.', 'middle')).toBe('kept');
  });

  it('removes a promo heading together with the newsletter pitch below it, but not the headline', () => {
    const text = `Markets Rally on Trade Hopes\n\n${ARTICLE}\n\nUnlock Your Wellness Blueprint\n\nSubscribe to our newsletter for weekly tips.`;
    const doc = clean(text);
    expect(doc.removed.map((r) => [doc.text.slice(r.start, r.end), r.reason])).toEqual([
      ['Unlock Your Wellness Blueprint', 'newsletter'],
      ['Subscribe to our newsletter for weekly tips.', 'newsletter'],
    ]);
    expect(doc.body[0]).toMatchObject({ heading: true });
  });
});

describe('photo credits at the end of a caption', () => {
  const rows: Array<[string, string]> = [
    [
      'President Trump talks to reporters as he leaves the White House. (Chip Somodevilla/Getty Images file photo)',
      'President Trump talks to reporters as he leaves the White House.',
    ],
    ['Officials inspect the site. (AP Photo/Evan Vucci)', 'Officials inspect the site.'],
    ['Protesters at the march. Image: Andrew Gray.', 'Protesters at the march.'],
    ['Jo JorgensenImage: Jo Jorgensen for President.', 'Jo Jorgensen'],
    // Negative: a slash inside an ordinary parenthetical is not a credit.
    [
      'The vote split the coalition (50/50 in the upper house).',
      'The vote split the coalition (50/50 in the upper house).',
    ],
  ];
  it.each(rows)('%s', (line, kept) => {
    const doc = clean(`${ARTICLE}\n\n${line}\n\n${ARTICLE}`);
    const region = doc.body.find((r) => doc.text.slice(r.start, r.end).startsWith(line.slice(0, 10)))!;
    expect(doc.text.slice(region.start, region.end)).toBe(kept);
  });
});

describe('structure', () => {
  it('keeps the first of repeated title lines (curly or straight quotes) and drops the rest', () => {
    const title = 'Trump’s Call for Troop Deployment: Essential Insights';
    const text = `${title}\n\nMay 10, 2025\n\n${title.replace('’', "'")}\n\n${title}\n\n${ARTICLE}`;
    const doc = clean(text);
    expect(doc.removed.map((r) => r.reason)).toEqual(['date-line', 'repeated-line', 'repeated-line']);
    expect(doc.body[0]).toEqual({ start: 0, end: title.length, heading: true });
  });

  it('keeps short repeated answers in an interview', () => {
    const text = `${ARTICLE}\n\n((WN)) Did you agree?\n\nYes.\n\n((WN)) Was it planned?\n\nYes.`;
    expect(clean(text).removed).toEqual([]);
  });

  it('uses a lone date line as the document date when it has none', () => {
    expect(clean(`Friday, January 4, 2019\n\n${ARTICLE}`).date).toBe('2019-01-04');
    expect(clean(`Friday, January 4, 2019\n\n${ARTICLE}`, { date: '2019-01-05' }).date).toBe('2019-01-05');
    expect(clean(`May 10\n\n${ARTICLE}`).date).toBeUndefined();
  });

  it('removes conversational reader comments after a wide gap at the end', () => {
    const article = paragraphs(6).join('\n');
    const comment = 'Same thing I’m thinking, honestly I doubt my senator will even read this.';
    const doc = clean(`${article}\n\n\n\n${comment}`);
    expect(doc.removed).toEqual([expect.objectContaining({ reason: 'reader-comments' })]);
  });

  it('keeps a reported, quoted first-person ending after a wide gap (not a reader comment)', () => {
    const article = paragraphs(6).join('\n');
    const ending =
      '“I will not resign, and my team will stay,” the minister told reporters, according to state media.';
    expect(clean(`${article}\n\n\n\n${ending}`).removed).toEqual([]);
  });

  it('keeps a Wikinews-like article whole', () => {
    const text = [
      'Saturday, January 5, 2019 ',
      '',
      'A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room in Koszalin, North Poland.',
      '',
      '',
      'President Andrzej Duda said the victims were "joyful girls starting out in life" in an "appalling tragedy". He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire".',
      '',
      '',
      'Tomasz Kubiak, a fire service spokesman, told Agence France-Presse the male victim is in intensive care.',
    ].join('\n');
    const doc = clean(text);
    expect(doc.removed.map((r) => r.reason)).toEqual(['date-line']);
    expect(doc.body).toHaveLength(3);
  });

  it('flags headings: headline, section titles, all-caps crossheads; not sentences or questions', () => {
    const text = [
      'White House weighs sending troops to Mexico',
      'The plan is not final.',
      'TENSION FEARS',
      'Officials said the talks had stalled and both sides, for now, were waiting on the other to move first',
      'The Pushback From Officials',
      '((WN)) What prompted your interest in astronomy?',
      '• Border wall construction',
    ].join('\n\n');
    const doc = clean(text);
    expect(doc.body.map((r) => r.heading)).toEqual([true, false, true, false, true, false, false]);
  });

  it('drops markdown heading marks from the region but keeps the heading', () => {
    const doc = cleanDocument({
      id: 'a.md',
      path: '/a.md',
      format: 'md',
      text: `## Background\n\n${ARTICLE}`,
    });
    expect(doc.body[0]).toEqual({ start: 3, end: 13, heading: true });
  });

  it('joins a hard-wrapped paragraph into one region', () => {
    const wrapped = [
      'The Investigative Committee and the Federal Security Service said on',
      'Tuesday they believe gas, which leaks relatively frequently in Russia,',
      'was the trigger for the disaster which occurred at 6am as many occupants',
      'slept. President Vladimir Putin was briefed, and flew to Magnitogorsk on',
      'Monday, observing the rescue mission and visiting the wounded.',
      '',
      'Search and rescue was suspended on Tuesday, with the minister describing',
      'the real threat of another part of the building collapsing as making it',
      'impossible to continue working in such conditions.',
    ].join('\n');
    const doc = clean(wrapped);
    expect(doc.body).toHaveLength(2);
    expect(doc.body[0].heading).toBe(false);
  });

  it('joins a line ending in a quotation that the next, lower-case line continues', () => {
    const doc = clean(
      'The party advocates social justice, environmentalism, and "a consistent life ethic"\nincluding opposition to capital punishment.',
    );
    expect(doc.body).toHaveLength(1);
  });

  it('joins a line broken mid-sentence in ordinary text, but not separate lines', () => {
    const doc = clean(
      'Trump has insisted that, despite a strong-arm approach, he is trying to avoid\nsparking armed conflicts with neighboring countries.\nHowever, leaders criticized the strikes.',
    );
    expect(doc.body).toHaveLength(2);
  });

  it('keeps offsets into the original text: regions never overlap and removed spans are exact', () => {
    const text = `Title Here\n\n${ARTICLE} (Jane Doe/Getty Images)\n\nShare this\n\n${ARTICLE}`;
    const doc = clean(text);
    const spans = [...doc.body, ...doc.removed].sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    expect(doc.removed.map((r) => text.slice(r.start, r.end))).toEqual([
      '(Jane Doe/Getty Images)',
      'Share this',
    ]);
  });
});
