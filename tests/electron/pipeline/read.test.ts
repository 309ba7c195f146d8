import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBuffers, readCorpus } from '../../../electron/pipeline/read';
import type { Diagnostic } from '../../../electron/pipeline/types';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'plexus-read-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

let counter = 0;
/** A fresh corpus folder with the given files (string or bytes). */
async function corpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(tmp, `c${counter++}`);
  await fs.mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

const GOOD = 'Troops arrived in the capital on Monday. Officials said the deployment was temporary.\n';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.severity}:${d.code}:${d.file}`);

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('readCorpus: folders and ids', () => {
  it('reads a folder recursively with /-separated relative ids, sorted, skipping hidden and unsupported files', async () => {
    const dir = await corpus({
      'b.txt': GOOD,
      'sub/deeper/a.md': `# Heading\n\n${GOOD}`,
      'sub/page.html': `<p>${GOOD}</p>`,
      '.hidden.txt': GOOD,
      '.git/config.txt': GOOD,
      'notes.docx': 'not read',
      'image.png': 'not read',
    });
    const { documents, diagnostics } = await readCorpus(dir);
    expect(documents.map((d) => [d.id, d.format])).toEqual([
      ['b.txt', 'txt'],
      ['sub/deeper/a.md', 'md'],
      ['sub/page.html', 'html'],
    ]);
    expect(documents[0].path).toBe(path.join(dir, 'b.txt'));
    expect(diagnostics).toEqual([]);
  });

  it('skips a licence or readme in a folder with a note, but reads it when given directly', async () => {
    const dir = await corpus({
      'a.txt': GOOD,
      'LICENSE.md': '# License\n\nCC BY 2.5',
      'sub/README.txt': 'About.',
      'ATTRIBUTION.md': 'Texts from Wikinews, CC BY 2.5.',
    });
    const { documents, diagnostics } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['a.txt']);
    expect(codes(diagnostics)).toEqual([
      'info:folder-metadata-skipped:ATTRIBUTION.md',
      'info:folder-metadata-skipped:LICENSE.md',
      'info:folder-metadata-skipped:sub/README.txt',
    ]);
    expect((await readCorpus(path.join(dir, 'LICENSE.md'))).documents).toHaveLength(1);
    const onlyLicence = await rejection(readCorpus(await corpus({ 'LICENSE.md': 'CC BY 2.5' })));
    expect(onlyLicence.name).toBe('EmptyCorpusError');
    expect(onlyLicence.message).toContain('all 1 file(s) were skipped: LICENSE.md (folder-metadata-skipped)');
  });

  it('reads a single file, with its name as id', async () => {
    const dir = await corpus({ 'one.txt': GOOD });
    const { documents } = await readCorpus(path.join(dir, 'one.txt'));
    expect(documents.map((d) => d.id)).toEqual(['one.txt']);
    expect(documents[0].text).toBe(GOOD);
  });

  it('ignores symlink loops and follows links to files once', async () => {
    const dir = await corpus({ 'a.txt': GOOD, 'sub/b.txt': GOOD });
    await fs.symlink(dir, path.join(dir, 'sub', 'loop'));
    await fs.symlink(path.join(dir, 'a.txt'), path.join(dir, 'link.txt'));
    await fs.symlink(path.join(dir, 'missing.txt'), path.join(dir, 'dangling.txt'));
    const { documents } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['a.txt', 'link.txt', 'sub/b.txt']);
  });
});

describe('readCorpus: bad input', () => {
  it('throws CorpusNotFoundError for a missing path', async () => {
    const error = await rejection(readCorpus(path.join(tmp, 'does-not-exist')));
    expect(error.name).toBe('CorpusNotFoundError');
    expect(error.message).toContain('does-not-exist');
  });

  it('throws EmptyCorpusError for an empty folder, saying what it looked for', async () => {
    const error = await rejection(readCorpus(await corpus({})));
    expect(error.name).toBe('EmptyCorpusError');
    expect(error.message).toMatch(/No \.txt.*\.md.*\.html.*\.csv files found/);
  });

  it('throws EmptyCorpusError for a folder of unsupported files, counting them', async () => {
    const error = await rejection(readCorpus(await corpus({ 'a.pdf': '%PDF-1.4', 'b.docx': 'x' })));
    expect(error.name).toBe('EmptyCorpusError');
    expect(error.message).toContain('2 file(s) of other types were ignored');
  });

  it('throws EmptyCorpusError listing why when every file was skipped', async () => {
    const error = await rejection(
      readCorpus(await corpus({ 'a.txt': '', 'b.txt': new Uint8Array([0, 1, 2, 3]) })),
    );
    expect(error.name).toBe('EmptyCorpusError');
    expect(error.message).toContain('all 2 file(s) were skipped');
    expect(error.message).toContain('a.txt (empty-file)');
    expect(error.message).toContain('b.txt (binary-file)');
  });

  it('reads the good file next to a binary one, with one error diagnostic', async () => {
    const dir = await corpus({
      'good.txt': GOOD,
      'bad.txt': Buffer.from([0x47, 0x00, 0x01, 0x02, 0x00, 0x41]),
    });
    const { documents, diagnostics } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['good.txt']);
    expect(codes(diagnostics)).toEqual(['error:binary-file:bad.txt']);
    expect(diagnostics[0].message).toMatch(/not text/);
  });

  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n')],
    ['ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['control characters', Buffer.from('a\x01\x02\x03\x04\x05\x06\x07\x08b\x0e\x0f\x10\x11\x12\x13\x14')],
  ])('recognises %s content in a .txt file as binary', async (_what, bytes) => {
    const { diagnostics } = await readCorpus(await corpus({ 'good.txt': GOOD, 'x.txt': bytes }));
    expect(codes(diagnostics)).toEqual(['error:binary-file:x.txt']);
  });

  it('warns about an empty file and reads the rest', async () => {
    const { documents, diagnostics } = await readCorpus(
      await corpus({ 'good.txt': GOOD, 'empty.txt': '  \n\n' }),
    );
    expect(documents).toHaveLength(1);
    expect(codes(diagnostics)).toEqual(['warning:empty-file:empty.txt']);
  });

  it('decodes invalid UTF-8 as windows-1252 with a warning', async () => {
    const bytes = Buffer.from([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x6f, 0x6b,
    ]);
    const { documents, diagnostics } = await readCorpus(await corpus({ 'legacy.txt': bytes }));
    expect(documents[0].text).toBe('Café “q” €5 – ok');
    expect(codes(diagnostics)).toEqual(['warning:invalid-utf8:legacy.txt']);
  });

  it.each([
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich talks.')])],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich talks.', 'utf16le')])],
    [
      'UTF-16BE BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Zürich talks.', 'utf16le').swap16()]),
    ],
    ['UTF-16LE without BOM', Buffer.from('Zürich talks.', 'utf16le')],
  ])('decodes %s', async (_what, bytes) => {
    const { documents, diagnostics } = await readCorpus(await corpus({ 'u.txt': bytes }));
    expect(documents[0].text).toBe('Zürich talks.');
    expect(diagnostics).toEqual([]);
  });

  it('normalises line ends and control characters', async () => {
    const { documents } = await readCorpus(await corpus({ 'crlf.txt': 'One.\r\nTwo.\rThree.\fFour.' }));
    expect(documents[0].text).toBe('One.\nTwo.\nThree. Four.');
  });

  it('skips a file over the size limit quickly, without reading it', async () => {
    const dir = await corpus({ 'good.txt': GOOD });
    const big = path.join(dir, 'big.txt');
    await fs.writeFile(big, '');
    await fs.truncate(big, 50 * 1024 * 1024); // sparse: 50 MB of size, no data written
    // Count the bytes read per file through the real file handles (the good file proves the counter works).
    const bytesRead = new Map<string, number>();
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      const file = String(args[0]);
      const realRead = handle.read.bind(handle) as (...a: unknown[]) => Promise<{ bytesRead: number }>;
      (handle as { read: unknown }).read = async (...a: unknown[]) => {
        const result = await realRead(...a);
        bytesRead.set(file, (bytesRead.get(file) ?? 0) + result.bytesRead);
        return result;
      };
      return handle;
    });
    const started = performance.now();
    const { documents, diagnostics } = await readCorpus(dir);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(documents.map((d) => d.id)).toEqual(['good.txt']);
    expect(codes(diagnostics)).toEqual(['error:file-too-large:big.txt']);
    expect(diagnostics[0].message).toContain('20.0 MB limit');
    expect(bytesRead.get(path.join(dir, 'good.txt'))).toBe(GOOD.length);
    expect(bytesRead.get(big) ?? 0).toBe(0);
  });

  it('honours options.maxFileBytes', async () => {
    const { diagnostics } = await readCorpus(
      await corpus({ 'good.txt': 'Short.', 'long.txt': 'x'.repeat(200) }),
      {
        maxFileBytes: 100,
      },
    );
    expect(codes(diagnostics)).toEqual(['error:file-too-large:long.txt']);
  });

  it('reports an unreadable file (permission denied) and reads the rest', async () => {
    const dir = await corpus({ 'good.txt': GOOD, 'locked.txt': GOOD });
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      if (String(args[0]).endsWith('locked.txt')) {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }
      return realOpen(...args);
    });
    const { documents, diagnostics } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['good.txt']);
    expect(codes(diagnostics)).toEqual(['error:unreadable-file:locked.txt']);
    expect(diagnostics[0].message).toContain('permission denied');
  });

  it('reports an unreadable folder and reads the rest', async () => {
    const dir = await corpus({ 'good.txt': GOOD, 'private/a.txt': GOOD });
    const realReaddir = fs.readdir.bind(fs) as (...a: unknown[]) => Promise<unknown>;
    vi.spyOn(fs, 'readdir').mockImplementation((async (...args: unknown[]) => {
      if (String(args[0]).endsWith('private')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return realReaddir(...args);
    }) as typeof fs.readdir);
    const { documents, diagnostics } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['good.txt']);
    expect(codes(diagnostics)).toEqual(['error:unreadable-folder:private']);
  });

  it('refuses a single file of an unsupported type with EmptyCorpusError', async () => {
    const dir = await corpus({ 'report.pdf': '%PDF-1.4' });
    const error = await rejection(readCorpus(path.join(dir, 'report.pdf')));
    expect(error.name).toBe('EmptyCorpusError');
    expect(error.message).toContain('not a supported file type');
  });
});

describe('manifest.json', () => {
  it('gives per-file metadata and is not a document itself', async () => {
    const manifest = {
      documents: {
        'a.txt': {
          title: 'Given Title',
          date: '2025-05-10',
          source: 'Example News',
          url: 'https://example.org/a',
        },
        'rows.csv': { source: 'Wikinews' },
        'rows.csv#2': { title: 'Row two, from the manifest' },
      },
    };
    const dir = await corpus({
      'a.txt': `A Headline In The Text\n\n${GOOD}`,
      'rows.csv': 'title,text\nFirst,One text.\nSecond,Two text.\n',
      'manifest.json': JSON.stringify(manifest),
    });
    const { documents, diagnostics } = await readCorpus(dir);
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => [d.id, d.title, d.date, d.source, d.url])).toEqual([
      ['a.txt', 'Given Title', '2025-05-10', 'Example News', 'https://example.org/a'],
      ['rows.csv#1', 'First', undefined, 'Wikinews', undefined],
      ['rows.csv#2', 'Row two, from the manifest', undefined, 'Wikinews', undefined],
    ]);
  });

  it.each([
    ['not JSON', '{ broken'],
    ['wrong shape', JSON.stringify({ 'a.txt': { title: 'x' } })],
    ['bad date', JSON.stringify({ documents: { 'a.txt': { date: '10/05/2025' } } })],
  ])('ignores a broken manifest (%s) with a warning and still reads the documents', async (_what, raw) => {
    const { documents, diagnostics } = await readCorpus(
      await corpus({ 'a.txt': GOOD, 'manifest.json': raw }),
    );
    expect(documents).toHaveLength(1);
    expect(codes(diagnostics)).toEqual(['warning:invalid-manifest:manifest.json']);
  });

  it('describes the seed corpus only with what the seed texts themselves give', async () => {
    const seeds = path.resolve(__dirname, '../../../graph-data/corpus');
    const { documents, diagnostics } = await readCorpus(seeds);
    expect(diagnostics).toEqual([]);
    for (const doc of documents) {
      if (doc.title) expect(doc.text).toContain(doc.title);
      if (doc.source) expect(doc.text).toContain(doc.source);
    }
    expect(documents.filter((d) => d.title)).toHaveLength(4);
  });
});

describe('readBuffers (uploads)', () => {
  it('reads uploaded files through the same validation as files on disk', async () => {
    const { documents, diagnostics } = await readBuffers([
      { name: 'a.txt', data: Buffer.from(GOOD) },
      { name: 'b.html', data: Buffer.from('<title>T</title><p>Hello <script>alert(1)</script>world.</p>') },
      { name: 'c.txt', data: Buffer.from([0, 1, 2, 3, 4]) },
      { name: 'd.exe', data: Buffer.from('MZ') },
      { name: 'e.txt', data: Buffer.alloc(0) },
    ]);
    expect(documents.map((d) => [d.id, d.text])).toEqual([
      ['a.txt', GOOD],
      ['b.html', 'Hello world.'],
    ]);
    expect(codes(diagnostics)).toEqual([
      'error:binary-file:c.txt',
      'error:unsupported-format:d.exe',
      'warning:empty-file:e.txt',
    ]);
  });

  it('uses an uploaded manifest, keeps duplicate names apart and neutralises path tricks', async () => {
    const { documents } = await readBuffers([
      {
        name: 'manifest.json',
        data: Buffer.from(JSON.stringify({ documents: { 'a.txt': { title: 'From manifest' } } })),
      },
      { name: 'a.txt', data: Buffer.from(GOOD) },
      { name: 'a.txt', data: Buffer.from(GOOD) },
      { name: '../../etc/x.txt', data: Buffer.from(GOOD) },
      { name: 'C:\\Users\\me\\y.txt', data: Buffer.from(GOOD) },
    ]);
    expect(documents.map((d) => [d.id, d.title ?? null])).toEqual([
      ['a.txt', 'From manifest'],
      ['a (2).txt', null],
      ['etc/x.txt', null],
      ['C:/Users/me/y.txt', null],
    ]);
  });

  it('applies the size limit to buffers', async () => {
    const { diagnostics } = await readBuffers(
      [
        { name: 'a.txt', data: Buffer.from('ok.') },
        { name: 'big.txt', data: Buffer.alloc(200, 0x61) },
      ],
      { maxFileBytes: 100 },
    );
    expect(codes(diagnostics)).toEqual(['error:file-too-large:big.txt']);
  });

  it('throws EmptyCorpusError when nothing usable was uploaded', async () => {
    expect((await rejection(readBuffers([]))).name).toBe('EmptyCorpusError');
    expect((await rejection(readBuffers([{ name: 'x.txt', data: Buffer.from([0, 0, 0]) }]))).name).toBe(
      'EmptyCorpusError',
    );
  });
});
