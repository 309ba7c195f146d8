/** Reads the NER lexicon folder (`graph-data/lexicons/ner/<category>.txt`) for training. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLexiconText } from './gazetteer';

export function readLexiconDir(dir: string): Record<string, string[]> {
  const lexicons: Record<string, string[]> = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    lexicons[name.slice(0, -4)] = parseLexiconText(readFileSync(path.join(dir, name), 'utf8'));
  }
  return lexicons;
}
