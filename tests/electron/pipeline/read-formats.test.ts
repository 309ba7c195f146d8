import { describe, expect, it } from 'vitest';
import { readBuffers } from '../../../electron/pipeline/read';
import { parseCsvDocuments } from '../../../electron/pipeline/read/csv';
import { findDate, normaliseDate, parseLoneDate } from '../../../electron/pipeline/read/dates';
import { extractHtml } from '../../../electron/pipeline/read/html';
import { markdownToText } from '../../../electron/pipeline/read/markdown';
import { inferMetadata } from '../../../electron/pipeline/read/metadata';

describe('HTML: visible text only', () => {
  const hostile = `<!doctype html>
<html><head>
  <title>Page title | Example</title>
  <meta property="og:title" content="Troops head south">
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2025-05-10T08:00:00Z">
  <link rel="canonical" href="https://example.org/story">
  <style>p { color: red } .secret::after { content: "STYLE TEXT" }</style>
  <script>document.write("SCRIPT TEXT")</script>
</head>
<body onload="alert('ONLOAD TEXT')">
  <nav><a href="/">Home</a> <a href="/world">World NAV TEXT</a></nav>
  <header><h1>Troops <em>head</em> south</h1></header>
  <article>
    <p>The army moved <a href="javascript:alert('LINK TEXT')" onclick="steal()">north</a> on Monday.</p>
    <p>Officials &amp; experts said it was &ldquo;temporary&rdquo;.<br>A second line.</p>
    <noscript>NOSCRIPT TEXT</noscript>
    <template><p>TEMPLATE TEXT</p></template>
    <iframe src="https://ads.example">IFRAME TEXT</iframe>
    <svg><text>SVG TEXT</text></svg>
    <form><button>BUTTON TEXT</button><input value="INPUT TEXT"></form>
    <div hidden>HIDDEN TEXT</div><div style="display: none">NONE TEXT</div>
    <ul><li>First item</li><li>Second item</li></ul>
    <script type="application/ld+json">{"headline": "JSON TEXT"}</script>
  </article>
  <aside>ASIDE TEXT</aside>
  <footer>FOOTER TEXT © 2025</footer>
</body></html>`;

  it('keeps article text with block breaks and decoded entities, drops everything else', () => {
    const { text } = extractHtml(hostile);
    expect(text).toBe(
      [
        'Troops head south',
        '',
        'The army moved north on Monday.',
        '',
        'Officials & experts said it was “temporary”.',
        'A second line.',
        '',
        'First item',
        'Second item',
      ].join('\n'),
    );
    expect(text).not.toMatch(/[A-Z]+ TEXT/);
    expect(text).not.toMatch(/alert|steal|javascript|color/);
  });

  it('takes title, date, source and url from the metadata', () => {
    const { text: _text, ...meta } = extractHtml(hostile);
    expect(meta).toEqual({
      title: 'Troops head south',
      date: '2025-05-10',
      source: 'Example News',
      url: 'https://example.org/story',
    });
  });

  it.each([
    ['<title>Only a title</title><p>Body.</p>', { title: 'Only a title' }],
    ['<h1>First heading</h1><h1>Second</h1><p>Body.</p>', { title: 'First heading' }],
    ['<p>Body <time datetime="2019-01-04">Friday</time>.</p>', { date: '2019-01-04' }],
    ['<link rel="canonical" href="javascript:alert(1)"><p>Body.</p>', {}],
  ])('metadata fallbacks: %s', (html, expected) => {
    const { text: _text, ...meta } = extractHtml(html);
    expect(Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it('survives broken markup', () => {
    expect(extractHtml('<p>Unclosed <b>bold <i>italic<p>Next para</div></span>').text).toBe(
      'Unclosed bold italic\n\nNext para',
    );
  });

  it('keeps preformatted whitespace', () => {
    expect(extractHtml('<pre>a  b\n  c</pre>').text).toBe('a  b\n  c');
  });
});

describe('Markdown: syntax blanked, offsets unchanged', () => {
  const rows: Array<[string, string]> = [
    ['# Title', '# Title'],
    ['## Section ##', '## Section   '],
    ['Some **bold** and _italic_ text.', 'Some   bold   and  italic  text.'],
    ['See [the report](https://example.org/r) now.', 'See  the report                         now.'],
    ['![A photo](img.png)', '  A photo          '],
    ['> A quoted line', '  A quoted line'],
    ['Use `code` here.', 'Use  code  here.'],
    ['snake_case and 5 * 3 stay', 'snake_case and 5 * 3 stay'],
    ['- item one', '- item one'],
    ['- [x] done', '- [x] done'.replace('[x] ', '    ')],
    ['---', '   '],
    ['| a | b |', '  a   b  '],
    ['[1]: https://example.org', '                        '],
    ['Line with <span class="x">html</span>.', 'Line with                 html       .'],
  ];
  it.each(rows)('%s', (markdown, text) => {
    const out = markdownToText(markdown);
    expect(out).toBe(text);
    expect(out.length).toBe(markdown.length);
  });

  it('keeps fenced code content but blanks the fences', () => {
    expect(markdownToText('```js\nconst a = 1;\n```')).toBe('     \nconst a = 1;\n   ');
  });

  it('reads a .md upload with its first heading as title', async () => {
    const { documents } = await readBuffers([
      { name: 'a.md', data: Buffer.from('# Troops Head South\n\nThe *army* moved.') },
    ]);
    expect(documents[0]).toMatchObject({
      title: 'Troops Head South',
      text: '# Troops Head South\n\nThe  army  moved.',
    });
  });
});

describe('CSV: one document per row', () => {
  it('handles quoted multi-line fields, doubled quotes and metadata columns', async () => {
    const csv =
      'url,date,title,text\n' +
      '"https://example.org/a",2019-01-04,"Title, with comma","First paragraph.\n\n\nHe said ""yes"".\n"\n' +
      'https://example.org/b,2019-01-05,Second,Plain text.\n';
    const { documents, diagnostics } = await readBuffers([{ name: 'news.csv', data: Buffer.from(csv) }]);
    expect(diagnostics).toEqual([]);
    expect(documents).toEqual([
      {
        id: 'news.csv#1',
        path: 'news.csv',
        format: 'csv',
        text: 'First paragraph.\n\n\nHe said "yes".\n',
        title: 'Title, with comma',
        date: '2019-01-04',
        url: 'https://example.org/a',
      },
      {
        id: 'news.csv#2',
        path: 'news.csv',
        format: 'csv',
        text: 'Plain text.',
        title: 'Second',
        date: '2019-01-05',
        url: 'https://example.org/b',
      },
    ]);
  });

  it('finds the text column by common names', () => {
    const { rows } = parseCsvDocuments('Headline,Body\nA,Some body.\n', 'x.csv');
    expect(rows).toEqual([
      { row: 1, text: 'Some body.', title: 'A', date: undefined, url: undefined, source: undefined },
    ]);
  });

  it('reports a CSV without a text column', () => {
    const { rows, diagnostics } = parseCsvDocuments('a,b\n1,2\n', 'x.csv');
    expect(rows).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['csv-no-text-column', 'error']]);
  });

  it('skips empty rows and malformed records with warnings, keeping the others', () => {
    const { rows, diagnostics } = parseCsvDocuments(
      'title,text\nA,Good one.\nB,\nC,"bad "quote" here"\nD,Good two.\n',
      'x.csv',
    );
    expect(rows.map((r) => r.title)).toEqual(['A', 'D']);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['csv-bad-rows', 'csv-empty-rows']);
  });

  it('keeps the rows before an unclosed quote at the end of the file', () => {
    const { rows, diagnostics } = parseCsvDocuments('title,text\nA,Good one.\nB,"never closed\n', 'x.csv');
    expect(rows.map((r) => r.title)).toEqual(['A']);
    expect(diagnostics.map((d) => d.code)).toEqual(['csv-bad-rows']);
    expect(diagnostics[0].message).toContain('Quote Not Closed');
  });
});

describe('dates', () => {
  const lone: Array<[string, string | undefined | null]> = [
    ['May 10, 2025', '2025-05-10'],
    ['Friday, January 4, 2019', '2019-01-04'],
    ['4 January 2019', '2019-01-04'],
    ['Jan. 4, 2019', '2019-01-04'],
    ['2019-01-04', '2019-01-04'],
    ['Published May 10, 2025 at 3:14 p.m. EDT', '2025-05-10'],
    ['May 10', undefined],
    ['February 30, 2019', undefined],
    ['May the force be with you', null],
    ['On May 10, 2025, the army moved.', null],
  ];
  it.each(lone)('parseLoneDate(%s)', (line, iso) => {
    const match = parseLoneDate(line);
    if (iso === null) expect(match).toBeUndefined();
    else expect(match).toEqual({ iso });
  });

  it.each([
    ['WASHINGTON, May 10, 2025 — The army moved.', '2025-05-10'],
    ['Updated 2020-03-01T10:00Z', '2020-03-01'],
    ['no date here', undefined],
  ])('findDate(%s)', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it.each([
    ['2025-05-10T08:00:00+02:00', '2025-05-10'],
    ['2025-05', '2025-05'],
    ['2025', '2025'],
    ['2025-13', undefined],
    ['Tue, 10 Jun 2025 08:00:00 GMT', '2025-06-10'],
    ['', undefined],
  ])('normaliseDate(%s)', (value, iso) => {
    expect(normaliseDate(value)).toBe(iso);
  });
});

describe('metadata inferred from the text', () => {
  const rows: Array<[string, { title?: string; date?: string }]> = [
    [
      'Trump threatens to send soldiers to border\n\nPresident Trump said...',
      { title: 'Trump threatens to send soldiers to border' },
    ],
    [
      'May 10\n\nA Headline After A Date\n\nMay 10, 2025\n\nBody.',
      { title: 'A Headline After A Date', date: '2025-05-10' },
    ],
    [
      'Friday, January 4, 2019\n\n\nAn apartment building collapsed on Monday in a city in Russia, officials said.',
      { date: '2019-01-04' },
    ],
    [
      'PRESIDENT Donald Trump is reportedly preparing to send troops and drones to Mexico in an effort to stop cartels.',
      {},
    ],
    [
      'WASHINGTON, March 3, 2020 (Reuters) - Lawmakers met on Tuesday to discuss a long list of budget items before the deadline.',
      { date: '2020-03-03' },
    ],
    [
      'Is this the end of the affair?\n\nBody text follows here.',
      { title: 'Is this the end of the affair?' },
    ],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(inferMetadata(text)).toEqual(expected);
  });
});
