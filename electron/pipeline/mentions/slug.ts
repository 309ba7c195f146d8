import { foldAccents } from './words';

/** Readable id part: "Donald Trump" -> "donald-trump", "U.S. Army" -> "us-army", "Türk" -> "turk". */
export function slugify(text: string): string {
  return (
    foldAccents(text)
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}
