/**
 * Casing augmentation. GMB is clean, sentence-cased newswire; the product also reads headlines
 * ("Trump Threatens Mexico With Strikes"), all-caps lines and shouted titles ("PRESIDENT Donald Trump").
 * Training on a few copies of sentences in those casings teaches the tagger to fall back on the words
 * themselves when capitalisation carries no signal. Labels are unchanged.
 */

// Headline style (AP/Chicago): short function words stay lower-case unless first.
const HEADLINE_LOWER = new Set(
  'a an the and or nor but of in on at to for by with from as per via vs'.split(' '),
);

export function upperCaseWords(words: readonly string[]): string[] {
  return words.map((w) => w.toUpperCase());
}

export function titleCaseWords(words: readonly string[]): string[] {
  return words.map((w, i) => {
    if (i > 0 && HEADLINE_LOWER.has(w.toLowerCase())) return w.toLowerCase();
    return w.length > 0 ? w[0].toUpperCase() + w.slice(1) : w;
  });
}
