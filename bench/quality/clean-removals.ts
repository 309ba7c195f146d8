/**
 * What cleaning removes, per corpus: the share of non-space characters removed, counts per reason, and
 * the removals themselves to eyeball. On clean article text (Wikinews) everything removed that is not
 * boilerplate is lost article text, so the share must stay small.
 *
 *   npx tsx bench/quality/clean-removals.ts <corpus folder or file>... [--show <reason>|all]
 *   npx tsx bench/quality/clean-removals.ts ../shared/corpora/wikinews graph-data/corpus --show all
 */
import { parseArgs } from 'node:util';
import { cleanDocument } from '../../electron/pipeline/clean';
import { readCorpus } from '../../electron/pipeline/read';

export interface RemovalReport {
  /** Per file (CSV rows grouped under their file). */
  files: Array<{ file: string; documents: number; removedShare: number }>;
  reasons: Record<string, number>;
  removals: Array<{ doc: string; reason: string; text: string }>;
}

export async function reportRemovals(inputs: readonly string[]): Promise<RemovalReport> {
  const files = new Map<string, { documents: number; total: number; removed: number }>();
  const reasons: Record<string, number> = {};
  const removals: RemovalReport['removals'] = [];
  for (const input of inputs) {
    for (const doc of (await readCorpus(input)).documents) {
      const cleaned = cleanDocument(doc);
      const file = doc.id.split('#')[0];
      const acc = files.get(file) ?? { documents: 0, total: 0, removed: 0 };
      acc.documents++;
      acc.total += nonSpace(doc.text);
      for (const r of cleaned.removed) {
        const text = doc.text.slice(r.start, r.end);
        acc.removed += nonSpace(text);
        reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
        removals.push({ doc: doc.id, reason: r.reason, text });
      }
      files.set(file, acc);
    }
  }
  return {
    files: [...files].map(([file, a]) => ({
      file,
      documents: a.documents,
      removedShare: a.removed / a.total,
    })),
    reasons,
    removals,
  };
}

function nonSpace(text: string): number {
  return text.replace(/\s/g, '').length;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { show: { type: 'string' } },
  });
  if (positionals.length === 0) throw new Error('Give one or more corpus folders or files.');
  const report = await reportRemovals(positionals);
  for (const f of report.files) {
    console.log(
      `${f.file}: ${f.documents} document(s), ${(100 * f.removedShare).toFixed(2)}% of non-space characters removed`,
    );
  }
  console.log('removals per reason:', report.reasons);
  if (values.show) {
    for (const r of report.removals) {
      if (values.show === 'all' || r.reason === values.show) {
        console.log(`  ${r.doc} [${r.reason}] ${JSON.stringify(r.text.slice(0, 160))}`);
      }
    }
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`clean-removals failed: ${error.name}: ${error.message}`);
    process.exit(1);
  });
}
