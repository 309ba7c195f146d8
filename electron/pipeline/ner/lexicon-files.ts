/** Reads the NER lexicon folder (`graph-data/lexicons/ner/<category>.txt`) for training. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLexiconText } from './gazetteer';

/** The lexicon folder or one of its files cannot be read. */
export class LexiconError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LexiconError';
  }
}

export function readLexiconDir(dir: string): Record<string, string[]> {
  const lexicons: Record<string, string[]> = {};
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new LexiconError(`Cannot read the lexicon folder ${dir}.`, { cause: error });
  }
  for (const name of names) {
    if (!name.endsWith('.txt')) continue;
    try {
      lexicons[name.slice(0, -4)] = parseLexiconText(readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      throw new LexiconError(`Cannot read the lexicon file ${path.join(dir, name)}.`, { cause: error });
    }
  }
  return lexicons;
}
