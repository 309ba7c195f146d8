/**
 * Kind nouns: common nouns that say what a name is when written next to it ("retailer Tesco", "the Netto
 * chain", "Vyasna, an independent human rights center", "Magnitogorsk, a city in ..."). Word knowledge of
 * English (and a few foreign first words of company and press names), no names.
 */
const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Singular nouns for organizations: "supermarket chain Tesco", "Vyasna, a human rights center". */
export const ORGANIZATION_KINDS = words(`
  company firm corporation conglomerate multinational retailer supermarket hypermarket grocer chain airline carrier
  bank lender insurer developer manufacturer maker automaker carmaker producer giant startup start-up
  subsidiary brand broadcaster newspaper daily tabloid weekly magazine website portal outlet publication
  newsgroup agency network party organisation organization charity movement coalition alliance union ngo
  watchdog regulator ministry department council committee commission court tribunal university institute
  think-tank thinktank center centre club team militia faction group consortium cooperative association
  federation foundation trust fund exchange publisher studio label service unit squad brigade battalion
  regiment division`);

/** Singular nouns for places: "Magnitogorsk, a city in the Ural region", "the town of X". */
export const PLACE_KINDS = words(`
  city town village capital province region district county municipality suburb neighbourhood neighborhood
  port island archipelago territory enclave state country republic kingdom emirate`);

/** Nouns for people, besides the titles lexicon: "Howard Rubel, a Toronto lawyer". */
export const PERSON_KINDS = words(`
  lawyer attorney barrister solicitor journalist reporter columnist correspondent editor writer author novelist
  poet artist painter actor actress singer musician rapper comedian filmmaker photographer activist campaigner
  politician lawmaker legislator diplomat envoy ambassador official spokesman spokeswoman spokesperson analyst
  economist scientist researcher professor academic historian doctor physician surgeon nurse teacher student
  businessman businesswoman entrepreneur billionaire tycoon investor banker executive founder co-founder chairman
  chairwoman chairperson director manager owner candidate nominee leader politician player footballer athlete
  coach cyclist swimmer runner boxer wrestler priest cleric bishop imam rabbi monk pastor judge
  prosecutor magistrate officer soldier commander general detective suspect victim witness survivor resident
  man woman boy girl mother father son daughter wife husband brother sister widow teenager mayor governor
  senator minister president premier monarch king queen prince princess`);

/** Plural kind nouns that introduce a list of organizations: "firms including A, B and C". */
export const ORGANIZATION_KINDS_PLURAL = words(`
  companies firms corporations conglomerates retailers supermarkets chains stores airlines carriers banks
  lenders insurers developers manufacturers makers automakers carmakers producers operators brands
  broadcasters newspapers tabloids magazines websites outlets publications platforms networks agencies
  organisations organizations charities parties universities clubs teams publishers`);

/** Kind nouns written after a name that make it an organization: "the Kaufland chain", "the Reuters agency". */
export const ORGANIZATION_KINDS_AFTER = words(`
  company firm corporation conglomerate retailer supermarket chain airline carrier bank lender insurer
  developer manufacturer maker automaker carmaker brand broadcaster newspaper daily tabloid magazine website
  network group outlet publisher party dynasty clan`);

/** Sector nouns that may stand between a name and its kind: "the Reuters news agency", "the X oil company". */
export const SECTOR_WORDS = words(`
  news media oil gas energy tech technology retail supermarket grocery discount mining steel car motor
  defence defense arms telecom telecoms telecommunications airline shipping logistics investment property
  construction insurance banking food fashion drinks tobacco pharmaceutical drug drugs chemical software
  internet online social newspaper publishing state-owned privately-owned family-owned private budget
  low-cost national international regional local`);

/** Words that introduce the members of a list after a plural kind noun. */
export const LIST_OPENERS = words(`including like such`);

/**
 * First words of company and press names in other languages ("Deutsche Bahn", "Gazeta Wyborcza", "Banco
 * Santander", "Groupe Renault"): the name is an organization.
 */
export const FOREIGN_ORGANIZATION_OPENERS = words(`
  deutsche deutscher gazeta gazzetta banco banca grupo gruppo groupe compagnie societe société sociedad
  instituto istituto fundacion fundación fondation fondazione partido parti partei ministerio ministère
  agence agencia agenzia universidad università universite université hochschule verlag masjid`);

/** Top-level domains of web outlets named by their address ("Portfolio.hu", "Amazon.com"). */
export const WEB_DOMAINS = words(`
  com net org info news io tv co uk de fr hu pl cz sk ru ua it es pt nl be ch at se no dk fi gr tr il in pk
  cn jp kr tw hk sg my ph id au nz ca mx br ar cl za ng ke eg ae sa ir iq`);
