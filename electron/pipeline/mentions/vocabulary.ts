/**
 * Grammar words the name rules key on (head nouns of organizations, places, policies and events; nouns that
 * make a demonym an organization). Word knowledge, not world knowledge: no names here.
 */
const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Last word of an organization name: "Joint Special Operations Command", "Army Times". */
export const ORG_HEADS = words(`
  department ministry agency administration command committee commission council bureau office service services
  corps force forces army navy guard police party union association federation organization organisation institute
  institution university college academy foundation fund bank court tribunal parliament assembly senate cabinet
  group company corporation corp inc ltd llc co times post news network front movement brigade brigades battalion
  regiment division cartel authority board center centre centers centres secretariat directorate unit league
  alliance coalition society church hospital journal herald tribune gazette magazine press radio television tv
  channel airlines airways motors systems technologies industries holdings partners club caucus embassy consulate
  studios pictures entertainment records labs laboratories tribe tribes
  legislature government commissariat gendarmerie constabulary militia clinic mosque air observer chronicle
  telegraph courier limited plc gmbh ag kft zrt spa nv bv pty nation`);

/** Last word of a place name: "Rio Grande" is listed, "Salween River", "Rakhine State" are found. */
export const PLACE_HEADS = words(`
  river sea ocean gulf bay strait straits island islands peninsula valley desert province county district region
  canal coast heights basin plateau mountains mountain hills airport square prefecture governorate oblast
  village town municipality neighbourhood neighborhood dam barrage oasis complex stadium palace bridge`);

/** First word of a place name: "Mount Sinjar", "Lake Chad", "Fort Bragg", "Camp David". */
export const PLACE_PREFIXES = words(`mount lake fort camp cape`);

/** Last word of a policy name: "Posse Comitatus Act", "Bicentennial Framework", "Paris Agreement". */
export const POLICY_HEADS = words(`
  act acts doctrine framework accord accords agreement agreements treaty convention conventions protocol protocols
  initiative program programme plan pact charter declaration amendment strategy policy law bill directive
  resolution compact statute ordinance code`);

/** "Title 50", "Article 5", "Section 230", "Resolution 2231": policy when followed by a number. */
export const NUMBERED_POLICY_WORDS = words(`title article section resolution order proclamation directive`);

/** Nouns after a quoted name that make it a policy: the “Remain in Mexico” policy. */
export const QUOTED_POLICY_NOUNS =
  words(`policy policies program programme plan initiative doctrine law rule rules bill
  order strategy agenda act deal scheme protocol protocols framework model principle formula`);

/** Nouns after a quoted name that make it an event: the “Fast and Furious” operation. */
export const QUOTED_EVENT_NOUNS = words(`operation operations campaign mission`);

/** What a designation makes of its object: "designating cartels as Foreign Terrorist Organizations". */
export const DESIGNATION_HEADS =
  words(`organization organizations organisation organisations group groups entity entities
  terrorist terrorists sponsor sponsors`);

/** Capitalised last word of an event name: "Vietnam War", "Arab Spring", "Munich Security Conference". */
export const EVENT_HEADS = words(`
  war wars revolution massacre genocide uprising summit conference games olympics riots bombing bombings invasion
  offensive spring crisis scandal affair incident protests talks cup championship election elections referendum
  ceasefire truce attack attacks siege battle raid coup`);

/** Lower-case nouns that make "the <Name> ..." a named event: "the Mueller report", "the Geneva talks". */
export const NAMED_EVENT_NOUNS = words(`
  summit conference massacre attack attacks bombing bombings election elections referendum war invasion offensive
  uprising revolution coup genocide scandal riots protests talks negotiations ceasefire raid crisis trial hearings
  investigation inquiry probe report affair siege battle`);

/** Of those, nouns that need a person-like name ("the Mueller report", not "the NBC News report"). */
export const AUTHORED_EVENT_NOUNS = words(`report investigation inquiry probe trial hearings`);

/** Nouns that make a demonym or country an organization: "Mexican government", "Mexican cartels". */
export const DEMONYM_ORG_NOUNS = [
  'government',
  'administration',
  'regime',
  'army',
  'navy',
  'air force',
  'military',
  'armed forces',
  'police',
  'federal police',
  'national police',
  'national guard',
  'coast guard',
  'border patrol',
  'cartel',
  'cartels',
  'drug cartels',
  'drug cartel',
  'parliament',
  'congress',
  'senate',
  'legislature',
  'embassy',
  'consulate',
  'foreign ministry',
  'defense ministry',
  'defence ministry',
  'interior ministry',
  'intelligence agency',
  'intelligence agencies',
  'intelligence services',
  'security services',
  'special forces',
  'special operations',
  'special operations forces',
  'marines',
  'junta',
  'cabinet',
  'presidency',
  'monarchy',
  'royal family',
  'supreme court',
  'central bank',
  'state media',
  'state television',
  'opposition',
  'rebels',
  'militia',
  'militias',
  // A country's forces are its armed forces, an actor: "U.S. troops", "Russian forces" (guidelines 5).
  'troops',
  'soldiers',
  'forces',
  'military forces',
  'military personnel',
  'security forces',
] as const;

/** Nouns after an organization noun that make it a modifier: "Mexican government officials", "U.S. military action". */
export const MODIFIED_NOUNS = words(`
  personnel official officials officer officers source sources spokesman spokeswoman spokesperson leader leaders
  commander commanders planner planners expert experts analyst analysts adviser advisers advisor advisors member
  members troop troops soldier soldiers force forces operation operations action actions involvement intervention
  interventions assistance aid pressure strike strikes footprint presence base bases equipment aircraft drone drones
  vessel vessels ship ships capability capabilities power might tactic tactics approach response option options
  solution budget spending support intelligence sharing cooperation escalation crews crew units unit ties relations
  policy policies strategy strategies leadership`);

/** Nouns after a person's name that make an organization: "Trump administration", "Maduro regime". */
export const PERSON_ORG_NOUNS = words(`administration regime government campaign cabinet`);

/** Words that end a border place: "U.S.-Mexico border". */
export const BORDER_NOUNS = words(`border frontier boundary`);

/** Quote marks around names and nicknames. */
export const OPEN_QUOTES = words(`“ " ‘ '`);
export const CLOSE_QUOTES = words(`” " ’ '`);
