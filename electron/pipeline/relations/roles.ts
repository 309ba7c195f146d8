/**
 * Relations stated by roles, appositions and possessives rather than verbs:
 *   "Secretary of Defense Pete Hegseth"            -> Hegseth leads (Pentagon)
 *   "Mexico's president Claudia Sheinbaum"         -> Sheinbaum leads Mexico
 *   "Venezuelan President Nicolás Maduro"          -> Maduro leads Venezuela
 *   "NBC News national security correspondent X"   -> X member_of NBC News
 *   "X, a spokesperson for the State Department"   -> X member_of State Department
 *   "X of the United Nations"                      -> X member_of United Nations
 *   "the Pentagon's Joint Special Operations Command" -> JSOC member_of Pentagon
 * A leader title with a domain in between ("rights chief", "foreign minister") heads a sub-body, so it
 * gives member_of rather than leads.
 */
import { isModifier, isPossessivePronoun, subjectOf, type ArgumentContext } from './arguments';
import { ORGANIZATION_KINDS, type CorpusKnowledge } from './knowledge';
import { isPunctuation, isVerbLike, isWord } from './reading';
import type { Candidate } from './triggers';
import { DETERMINERS, PREPOSITIONS } from './vocabulary';
import type { Unit } from './words';

const LEADER_ROLES = new Set(
  `president leader head chief chairman chairwoman chair chairperson director secretary minister commander
   governor mayor king queen premier chancellor ceo boss ruler emir sultan dictator strongman kingpin founder
   prime secretary-general director-general commander-in-chief administrator superintendent`.split(/\s+/),
);
const MEMBER_ROLES = new Set(
  `correspondent reporter journalist editor columnist anchor spokesperson spokesman spokeswoman official
   officer agent member analyst adviser advisor ambassador envoy lawmaker senator representative congressman
   congresswoman soldier deputy aide staffer employee researcher economist lawyer attorney prosecutor judge
   negotiator diplomat operative fighter militant commissioner investigator inspector general colonel
   lieutenant sergeant captain admiral counsel undersecretary producer writer contributor strategist
   pilot marine commando trooper delegate representative-elect`.split(/\s+/),
);
/** Modifiers that keep a leader a leader ("former president", "acting director"). */
const RANK_NEUTRAL = new Set(
  `former current acting interim then incoming outgoing late longtime newly elected top new de facto sitting
   self-declared self-proclaimed`.split(/\s+/),
);
/** Modifiers that make the title a deputy or member ("vice president", "deputy director"). */
const DEPUTY = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'press', 'junior']);

/** Words of a multi-word department domain ("Homeland Security Secretary"). */
const DOMAIN_WORDS =
  /^(defense|defence|war|state|treasury|homeland|security|justice|foreign|affairs|interior|home|health|commerce|energy|finance|national)$/;

const MAX_TITLE_WORDS = 6;

export function roleCandidates(ctx: ArgumentContext, knowledge: CorpusKnowledge): Candidate[] {
  const out: Candidate[] = [];
  const { units } = ctx;
  for (let p = 0; p < units.length; p++) {
    const u = units[p];
    if (u.kind !== 'entity') {
      out.push(...servesAs(ctx, p, knowledge), ...partOf(ctx, p));
      continue;
    }
    if (u.type === 'person') {
      out.push(...titleBefore(ctx, p, knowledge));
      out.push(...appositionAfter(ctx, p, knowledge));
      out.push(...ofOrganization(ctx, p));
    }
    if (u.type === 'organization') out.push(...governmentOf(ctx, p, knowledge));
    out.push(...possessive(ctx, p));
  }
  return out.map((c) => ({ ...c, structural: true }));
}

const SERVE_VERBS = new Set([
  'serve',
  'serves',
  'served',
  'serving',
  'became',
  'become',
  'becomes',
  'named',
  'appointed',
  'elected',
  'installed',
  'sworn',
  'nominated',
]);

/** "X, who served as Defense Secretary", "X was named head of the agency": a role taken by the subject. */
function servesAs(ctx: ArgumentContext, i: number, knowledge: CorpusKnowledge): Candidate[] {
  const { units } = ctx;
  if (!SERVE_VERBS.has(units[i].lower)) return [];
  let k = i + 1;
  // "X appointed Abu Ghadiya the lead commander for AQI": the one appointed takes the role.
  let appointee: number | undefined;
  if (APPOINTING.has(units[i].lower) && units[k]?.kind === 'entity' && units[k].type === 'person') {
    appointee = k;
    k++;
    if (isWord(units[k], ',')) return [];
  }
  if (isWord(units[k], 'in') && units[i].lower === 'sworn') k++;
  if (isWord(units[k], 'as')) k++;
  const words: Array<{ unit: Unit; index: number }> = [];
  for (; k < units.length && words.length < MAX_TITLE_WORDS + 3; k++) {
    const w = units[k];
    if (
      isPunctuation(w) ||
      (w.kind === 'word' && PREPOSITIONS.has(w.lower) && !['of', 'for', 'at'].includes(w.lower))
    )
      break;
    // "the lead commander": after an article, a verb form is an adjective.
    if (
      w.kind === 'word' &&
      isVerbLike(units, k) &&
      !DETERMINERS.has(units[k - 1]?.lower ?? '') &&
      !LEADER_ROLES.has(w.lower) &&
      !MEMBER_ROLES.has(w.lower)
    )
      break;
    words.push({ unit: w, index: k });
    if (w.kind === 'entity') break;
  }
  const roleAt = words.findIndex(
    (w) => w.unit.kind === 'word' && (LEADER_ROLES.has(w.unit.lower) || MEMBER_ROLES.has(w.unit.lower)),
  );
  if (roleAt < 0) return [];
  const title = parseTitle(
    words.filter((w) => !DETERMINERS.has(w.unit.lower)),
    knowledge,
  );
  if (!title) return [];
  // "commander for AQI's logistics": the head of a part of the body is one of its members.
  if (title.body !== undefined && isWord(units[title.body + 1], "'s")) title.leader = false;
  const holders = appointee !== undefined ? [appointee] : subjectOf(ctx, i);
  return holders.filter((s) => units[s].type === 'person').flatMap((s) => relationFromTitle(s, title));
}

/** Verbs whose object takes the role named after it ("appointed X the commander of Y"). */
const APPOINTING = new Set(['appointed', 'named', 'nominated', 'installed', 'elected']);

/** "the UK, as part of the Global Coalition, ..." / "X is a member of NATO": membership. */
function partOf(ctx: ArgumentContext, i: number): Candidate[] {
  const { units } = ctx;
  if (!isWord(units[i], 'part', 'member', 'members') || !isWord(units[i + 1], 'of')) return [];
  // "is (an active) member of", "as part of": a copula or "as" states the membership; "killed 70 members
  // of the tribe" does not make the killer a member.
  if (!membershipCue(ctx, i)) return [];
  let k = i + 2;
  while (units[k] && DETERMINERS.has(units[k].lower)) k++;
  const body = units[k];
  if (!body || body.kind !== 'entity' || body.type !== 'organization' || isWord(units[k + 1], "'s"))
    return [];
  return subjectOf(ctx, i)
    .filter(
      (s) => units[s].type === 'person' || units[s].type === 'organization' || units[s].type === 'place',
    )
    .map((s) => ({
      source: s,
      target: k,
      relation: 'member_of' as const,
      trigger: units[i].text,
      triggerStart: i,
      triggerEnd: i,
    }));
}

const MEMBERSHIP_CUES = new Set(
  `as is are was were be been being become becomes became remain remains remained`.split(' '),
);

/** A copula or "as" at most three words (determiners, adjectives) before "part"/"member". */
function membershipCue(ctx: ArgumentContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const u = ctx.units[k];
    if (u.kind !== 'word') return false;
    if (MEMBERSHIP_CUES.has(u.lower)) return true;
    if (!/^[a-z-]+$/.test(u.text) || /^\d/.test(u.lower)) return false;
  }
  return false;
}

/** "Mexico's current leadership", "the Venezuelan government": a government leads its country. */
function governmentOf(ctx: ArgumentContext, p: number, knowledge: CorpusKnowledge): Candidate[] {
  const text = ctx.units[p].text.replace(/’/g, "'");
  const possessive =
    /^(?:the\s+)?(.+?)'s?\s+(?:[a-z-]+\s+)?(leadership|government|regime|authorities|administration|cabinet)$/iu.exec(
      text,
    );
  const demonym = /^(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+(leadership|government|regime|authorities|cabinet)$/u.exec(
    text,
  );
  const country = possessive
    ? knowledge.findByName(possessive[1], ['place'])
    : demonym
      ? knowledge.countryOfDemonym(demonym[1])
      : undefined;
  if (!country) return [];
  const trigger = (possessive ?? demonym)![2];
  return [
    {
      source: p,
      target: -1,
      targetEntity: { id: country, type: 'place' },
      relation: 'leads',
      trigger,
      triggerStart: p,
      triggerEnd: p,
    },
  ];
}

interface Title {
  /** Index (unit) of the role word, for the trigger and modality. */
  at: number;
  role: string;
  leader: boolean;
  /** Entity unit index of the body, when the body is written as an entity. */
  body?: number;
  /** Entity id of the body found through knowledge (department, demonym's country). */
  bodyId?: string;
  bodyType?: 'organization' | 'place';
}

/** Title words just before a person (or at the start of the person's own mention text). */
function titleBefore(ctx: ArgumentContext, p: number, knowledge: CorpusKnowledge): Candidate[] {
  const { units } = ctx;
  const words: Array<{ unit: Unit; index: number }> = [];
  for (let k = p - 1; k >= 0 && p - k <= MAX_TITLE_WORDS + 2; k--) {
    const w = units[k];
    if (ctx.clauses.of[k] !== ctx.clauses.of[p]) break;
    if (w.kind === 'word' && (isPunctuation(w) && w.lower !== "'s" ? true : false)) break;
    if (w.kind === 'word' && isVerbLike(units, k) && !LEADER_ROLES.has(w.lower) && !MEMBER_ROLES.has(w.lower))
      break;
    words.unshift({ unit: w, index: k });
    // "Prime Minister of Slovakia Igor Matovič": the body inside the title, the role before it.
    const ofBody = isWord(units[k - 1], 'of')
      ? k - 2
      : isWord(units[k - 1], 'the') && isWord(units[k - 2], 'of')
        ? k - 3
        : -1;
    if (
      w.kind === 'entity' &&
      ofBody >= 0 &&
      (LEADER_ROLES.has(units[ofBody]?.lower) || MEMBER_ROLES.has(units[ofBody]?.lower))
    )
      continue;
    if (w.kind === 'entity' && !isWord(units[k - 1], "'s")) {
      // "In Turkey Minister Ellwood met ...": a place after a preposition says where, not whose, the title is.
      if (
        isWord(units[k - 1], 'in', 'inside', 'within', 'across', 'throughout', 'near') &&
        w.type === 'place'
      )
        words.shift();
      break;
    }
  }
  // The mention may carry its own title: "Secretary of Defense Pete Hegseth".
  const inner = innerTitleWords(units[p]).map((text) => ({
    unit: { ...units[p], kind: 'word' as const, text, lower: text.toLowerCase(), entity: undefined },
    index: p,
  }));
  const title = parseTitle([...words, ...inner], knowledge);
  return title ? relationFromTitle(p, title) : [];
}

/** Leading title words inside a person mention ("President Donald Trump" -> ["President"]). */
function innerTitleWords(person: Unit): string[] {
  const parts = person.text.split(/\s+/);
  const out: string[] = [];
  for (const part of parts.slice(0, -1)) {
    const l = part.toLowerCase().replace(/[.,]$/, '');
    if (
      LEADER_ROLES.has(l) ||
      MEMBER_ROLES.has(l) ||
      DEPUTY.has(l) ||
      RANK_NEUTRAL.has(l) ||
      l === 'of' ||
      l === 'the' ||
      DOMAIN_WORDS.test(l) ||
      /^\p{Lu}\p{Ll}+(an|ian|ese|i|ish)$/u.test(part)
    )
      out.push(part.replace(/[.,]$/, ''));
    else break;
  }
  // A title holds a role word: "Anneliese" (a name ending like a demonym) alone is none.
  return out.some((w) => LEADER_ROLES.has(w.toLowerCase()) || MEMBER_ROLES.has(w.toLowerCase())) ? out : [];
}

/**
 * Parses "[Body ['s]] [modifiers] ROLE [of [the] Body]" from the words before a name. Returns the
 * rightmost role and its body, if one can be identified.
 */
function parseTitle(
  words: ReadonlyArray<{ unit: Unit; index: number }>,
  knowledge: CorpusKnowledge,
): Title | undefined {
  let r = -1;
  for (let n = words.length - 1; n >= 0; n--) {
    const l = words[n].unit.lower;
    if (words[n].unit.kind === 'word' && (LEADER_ROLES.has(l) || MEMBER_ROLES.has(l))) {
      r = n;
      break;
    }
  }
  if (r < 0) return undefined;
  const roleWord = words[r].unit.lower;
  let leader = LEADER_ROLES.has(roleWord);
  const prime = roleWord === 'minister' && words[r - 1]?.unit.lower === 'prime';
  const title: Title = { at: words[r].index, role: roleWord, leader };

  // "ROLE of [the] Body" after the role word ("commander for AQI" likewise); "Chief Executive (Officer)"
  // is one role.
  let roleEnd = r + 1;
  while (/^(executive|officer)$/.test(words[roleEnd]?.unit.lower ?? '')) roleEnd++;
  const after = words.slice(roleEnd).filter((w) => !DETERMINERS.has(w.unit.lower));
  if (
    after.length &&
    (after[0].unit.lower === 'of' || (after[0].unit.lower === 'for' && after[1]?.unit.kind === 'entity'))
  ) {
    const body = after[1];
    if (body?.unit.kind === 'entity') title.body = body.index;
    else {
      const domain = after
        .slice(1)
        .map((w) => w.unit.lower)
        .join(' ');
      title.bodyId = knowledge.departmentOf(domain);
      title.bodyType = 'organization';
    }
    return title.body !== undefined || title.bodyId ? title : undefined;
  }
  if (after.length) return undefined;

  // Before the role: modifiers, then the body (entity, possessive entity, demonym, department words).
  const domainWords: string[] = [];
  let n = r - 1;
  if (prime) n--;
  for (; n >= 0; n--) {
    const w = words[n].unit;
    if (w.kind === 'entity') break;
    if (w.lower === "'s") continue;
    if (DEPUTY.has(w.lower)) leader = false;
    else if (knowledge.countryOfDemonym(w.text)) {
      title.bodyId = knowledge.countryOfDemonym(w.text);
      title.bodyType = 'place';
      break;
    } else if (DOMAIN_WORDS.test(w.lower) && /^\p{Lu}/u.test(w.text)) domainWords.unshift(w.lower);
    else if (!RANK_NEUTRAL.has(w.lower) && !DETERMINERS.has(w.lower)) {
      // A domain between body and role ("rights chief", "security correspondent"): a sub-body.
      if (/^[a-z-]+$/.test(w.text)) leader = false;
      else break;
    }
  }
  if (n >= 0 && words[n].unit.kind === 'entity') title.body = words[n].index;
  // "cartel leader Joaquín Guzmán", "opposition leader X": the document's one organization of that kind.
  const kindAt = r - 1;
  if (
    title.body === undefined &&
    !title.bodyId &&
    kindAt >= 0 &&
    words[kindAt].unit.kind === 'word' &&
    ORGANIZATION_KINDS.has(words[kindAt].unit.lower.replace(/s$/, ''))
  ) {
    const id = knowledge.organizationOfKind?.(words[kindAt].unit.lower);
    if (id) {
      title.bodyId = id;
      title.bodyType = 'organization';
      // Only the kind before the role: "cartel leader" heads it, "cartel finance chief" is a member.
      leader = LEADER_ROLES.has(roleWord) && !DEPUTY.has(words[kindAt - 1]?.unit.lower ?? '');
    }
  }
  if (title.body === undefined && !title.bodyId && domainWords.length) {
    title.bodyId = knowledge.departmentOf(domainWords.join(' '));
    title.bodyType = 'organization';
  }
  if (title.body === undefined && !title.bodyId) return undefined;
  if (title.body !== undefined && domainWords.length && leader) {
    // "Mexico's Defense Minister": the ministry, not the country, is what the person leads.
    leader = false;
  }
  if (title.body === undefined && title.bodyType === 'place' && domainWords.length) {
    // "the Iranian Foreign Minister": heads the ministry (when the corpus names it), not the country.
    title.bodyId = knowledge.departmentOf(domainWords.join(' '));
    title.bodyType = 'organization';
    if (!title.bodyId) return undefined;
  }
  title.leader = leader;
  return title;
}

function relationFromTitle(p: number, title: Title): Candidate[] {
  const relation = title.leader ? 'leads' : 'member_of';
  const trigger = title.role;
  if (title.body !== undefined) {
    return [
      { source: p, target: title.body, relation, trigger, triggerStart: title.at, triggerEnd: title.at },
    ];
  }
  if (title.bodyId) {
    // The body is known to the corpus but not written here (the Pentagon behind "Secretary of Defense").
    const target = { id: title.bodyId, type: title.bodyType ?? 'organization' };
    return [
      {
        source: p,
        target: -1,
        targetEntity: target,
        relation,
        trigger,
        triggerStart: title.at,
        triggerEnd: title.at,
      },
    ];
  }
  return [];
}

/** "Claudia Sheinbaum, Mexico's president," / "X, a correspondent for NBC News" / "X, the Pentagon chief". */
function appositionAfter(ctx: ArgumentContext, p: number, knowledge: CorpusKnowledge): Candidate[] {
  const { units } = ctx;
  if (!isWord(units[p + 1], ',')) return [];
  const words: Array<{ unit: Unit; index: number }> = [];
  for (let k = p + 2; k < units.length && k <= p + 2 + MAX_TITLE_WORDS + 3; k++) {
    const w = units[k];
    if (
      isWord(w, ',', ';', ':', '.', ')', '—', '–') ||
      (w.kind === 'word' && isVerbLike(units, k) && !LEADER_ROLES.has(w.lower) && !MEMBER_ROLES.has(w.lower))
    )
      break;
    words.push({ unit: w, index: k });
  }
  if (
    !words.length ||
    !(
      DETERMINERS.has(words[0].unit.lower) ||
      words[0].unit.kind === 'entity' ||
      /^\p{Lu}/u.test(words[0].unit.text) ||
      /^[a-z]/.test(words[0].unit.text)
    )
  )
    return [];
  // "a correspondent for NBC News", "the head of the agency": role then preposition then body.
  const roleAt = words.findIndex(
    (w) => w.unit.kind === 'word' && (LEADER_ROLES.has(w.unit.lower) || MEMBER_ROLES.has(w.unit.lower)),
  );
  if (roleAt < 0) return [];
  const rest = words.slice(roleAt + 1).filter((w) => !DETERMINERS.has(w.unit.lower));
  if (rest.length >= 2 && isWord(rest[0].unit, 'of', 'for', 'at', 'with', 'in')) {
    const body = rest[1];
    if (body.unit.kind !== 'entity') return [];
    const role = words[roleAt].unit.lower;
    const modifiers = words
      .slice(0, roleAt)
      .filter((w) => !DETERMINERS.has(w.unit.lower) && !RANK_NEUTRAL.has(w.unit.lower));
    const leader = LEADER_ROLES.has(role) && rest[0].unit.lower === 'of' && modifiers.length === 0;
    const relation = leader ? 'leads' : 'member_of';
    return [
      {
        source: p,
        target: body.index,
        relation,
        trigger: role,
        triggerStart: words[roleAt].index,
        triggerEnd: words[roleAt].index,
      },
    ];
  }
  if (rest.length > 0) return [];
  const title = parseTitle(words.slice(0, roleAt + 1), knowledge);
  return title ? relationFromTitle(p, title) : [];
}

/** "Volker Türk of the United Nations", "Courtney Kube from NBC News": membership. */
function ofOrganization(ctx: ArgumentContext, p: number): Candidate[] {
  const { units } = ctx;
  const prep = units[p + 1];
  if (!isWord(prep, 'of', 'from', 'at')) return [];
  let k = p + 2;
  while (units[k] && DETERMINERS.has(units[k].lower)) k++;
  const body = units[k];
  if (!body || body.kind !== 'entity' || body.type !== 'organization') return [];
  if (isWord(units[k + 1], "'s")) return [];
  return [
    {
      source: p,
      target: k,
      relation: 'member_of',
      trigger: prep.text,
      triggerStart: p + 1,
      triggerEnd: p + 1,
    },
  ];
}

/** Organizations a person's possessive makes them the head of: "his administration", "his White House". */
const LED_BY_POSSESSOR = /(administration|government|cabinet|white house|regime|presidency|campaign)$/i;

/**
 * "the Pentagon's Joint Special Operations Command", "its National Guard" (its = Mexico): the possessed
 * organization is part of its owner; "Trump's administration", "his White House": led by the person.
 */
function possessive(ctx: ArgumentContext, p: number): Candidate[] {
  const { units } = ctx;
  const owner = units[p];
  const pronoun = isPossessivePronoun(owner);
  if (!pronoun && !isWord(units[p + 1], "'s")) return [];
  const at = pronoun ? p + 1 : p + 2;
  const owned = units[at];
  if (!owned || owned.kind !== 'entity' || owned.entity === owner.entity) return [];
  // "RIAA's DMCA notice": the possessed thing is the notice, the name only modifies it.
  if (isModifier(ctx, at)) return [];
  const trigger = pronoun ? owner.text : "'s";
  const triggerAt = pronoun ? p : p + 1;
  if (owner.type === 'person' && owned.type === 'organization' && LED_BY_POSSESSOR.test(owned.text))
    return [
      { source: p, target: at, relation: 'leads', trigger, triggerStart: triggerAt, triggerEnd: triggerAt },
    ];
  if (owner.type !== 'organization' && owner.type !== 'place') return [];
  if (owned.type !== 'organization' && !(owned.type === 'person' && owner.type === 'organization')) return [];
  return [
    { source: at, target: p, relation: 'member_of', trigger, triggerStart: triggerAt, triggerEnd: triggerAt },
  ];
}
