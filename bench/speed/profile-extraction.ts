/**
 * Runs the whole extraction on the Wikinews corpus a few times, for a CPU profile of the hot paths:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/speed/profile-extraction.ts --shared <dir> [--rounds 3]
 *   npx tsx bench/speed/profile-summary.ts /tmp/prof/<file>.cpuprofile [--top 30]
 *
 * `--only tagger` profiles the tagger alone (tagTokensWithScores on the product's tokens) instead.
 */
import { parseArgs } from 'node:util';
import { extractFromDocuments } from '../../electron/pipeline/index';
import { cleanDocument } from '../../electron/pipeline/clean';
import { segmentDocument } from '../../electron/pipeline/segment';
import { getNerModel } from '../../electron/pipeline/ner/tagger';
import { loadWikinews } from './extract-vs-compromise';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      only: { type: 'string', default: 'extraction' },
    },
  });
  const sharedDir = values.shared ?? process.env.PLEXUS_SHARED;
  if (!sharedDir) throw new Error('Give --shared <dir> or set PLEXUS_SHARED.');
  const documents = await loadWikinews(sharedDir);
  const rounds = Math.max(1, Number(values.rounds));
  if (values.only === 'tagger') {
    const model = getNerModel();
    const lists = documents
      .flatMap((d) => segmentDocument(cleanDocument(d)).sentences)
      .map((s) => s.tokens.map((t) => t.text));
    for (let r = 0; r < rounds * 5; r++) for (const tokens of lists) model.tagWithScores(tokens);
    return;
  }
  for (let r = 0; r < rounds; r++) {
    const { timings } = extractFromDocuments(documents);
    console.log(
      Object.entries(timings)
        .map(([k, v]) => `${k} ${Math.round(v)}`)
        .join(', '),
    );
  }
}

main().catch((error: Error) => {
  console.error(`profile failed: ${error.name}: ${error.message}`);
  process.exit(1);
});
