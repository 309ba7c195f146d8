/**
 * English verb and noun inflection for the trigger lexicon: the lexicon lists base forms ("send"), and
 * matching needs every form that appears in news ("sends", "sent", "sending"). Regular rules plus a table
 * of the irregular verbs news uses; doubling of the final consonant is listed, not guessed, because it
 * depends on stress (plan -> planned, but target -> targeted).
 */

export interface VerbForms {
  base: string;
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

const IRREGULAR: Record<string, [past: string, participle: string]> = {
  be: ['was', 'been'],
  begin: ['began', 'begun'],
  bind: ['bound', 'bound'],
  bring: ['brought', 'brought'],
  build: ['built', 'built'],
  buy: ['bought', 'bought'],
  come: ['came', 'come'],
  deal: ['dealt', 'dealt'],
  do: ['did', 'done'],
  draw: ['drew', 'drawn'],
  fight: ['fought', 'fought'],
  find: ['found', 'found'],
  fly: ['flew', 'flown'],
  forbid: ['forbade', 'forbidden'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  have: ['had', 'had'],
  hit: ['hit', 'hit'],
  hold: ['held', 'held'],
  keep: ['kept', 'kept'],
  lay: ['laid', 'laid'],
  lead: ['led', 'led'],
  make: ['made', 'made'],
  meet: ['met', 'met'],
  oversee: ['oversaw', 'overseen'],
  pay: ['paid', 'paid'],
  put: ['put', 'put'],
  run: ['ran', 'run'],
  say: ['said', 'said'],
  see: ['saw', 'seen'],
  seek: ['sought', 'sought'],
  sell: ['sold', 'sold'],
  send: ['sent', 'sent'],
  set: ['set', 'set'],
  shoot: ['shot', 'shot'],
  speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'],
  stand: ['stood', 'stood'],
  strike: ['struck', 'struck'],
  take: ['took', 'taken'],
  tell: ['told', 'told'],
  think: ['thought', 'thought'],
  throw: ['threw', 'thrown'],
  undertake: ['undertook', 'undertaken'],
  upbraid: ['upbraided', 'upbraided'],
  wage: ['waged', 'waged'],
  win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'],
  write: ['wrote', 'written'],
};

/** Verbs whose final consonant doubles before -ed / -ing. */
const DOUBLING = new Set([
  'admit',
  'ban',
  'bar',
  'commit',
  'control',
  'drop',
  'equip',
  'kidnap',
  'plan',
  'patrol',
  'rebut',
  'refer',
  'ship',
  'stop',
  'submit',
  'transmit',
  'abet',
  'rob',
  'grab',
]);

export function verbForms(base: string): VerbForms {
  const irregular = IRREGULAR[base];
  const stem = DOUBLING.has(base) ? base + base.at(-1) : base;
  let regularPast: string;
  if (base.endsWith('e')) regularPast = `${base}d`;
  else if (/[^aeiou]y$/.test(base)) regularPast = `${base.slice(0, -1)}ied`;
  else regularPast = `${stem}ed`;
  let gerund: string;
  if (base.endsWith('ie')) gerund = `${base.slice(0, -2)}ying`;
  else if (/[^aeiouy]e$/.test(base) || base.endsWith('ue')) gerund = `${base.slice(0, -1)}ing`;
  else gerund = `${stem}ing`;
  return {
    base,
    third: pluralOrThird(base),
    past: irregular?.[0] ?? regularPast,
    participle: irregular?.[1] ?? regularPast,
    gerund,
  };
}

/** "-s" form: verbs in the third person, nouns in the plural. */
export function pluralOrThird(word: string): string {
  if (word === 'be') return 'is';
  if (word === 'have') return 'has';
  if (word === 'do' || word === 'go') return `${word}es`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Verbs in -l that British spelling doubles ("travelled", "labelling") besides the American forms. */
const BRITISH_DOUBLING = new Set(['travel', 'label', 'signal', 'cancel', 'model', 'fuel', 'channel']);

/** Every surface form of a verb, lower case. */
export function allVerbForms(base: string): string[] {
  const f = verbForms(base);
  const british = BRITISH_DOUBLING.has(base) ? [`${base}led`, `${base}ling`] : [];
  return [...new Set([f.base, f.third, f.past, f.participle, f.gerund, ...british])];
}
