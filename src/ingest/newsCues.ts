import nlp from 'compromise';

/**
 * Word lists that news text uses around names. They type a name ("Mayor X" is a
 * person, "X region" a place) without knowing the name itself, which is what
 * lets the extractor handle names no dictionary holds. All entries are lowercase.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Titles and roles that precede or follow a person's name ("President", "envoy", "chief executive"). */
export const PERSON_TITLES = words(`
  president vice-president premier chancellor minister secretary senator congressman congresswoman
  governor mayor ambassador envoy spokesperson spokesman spokeswoman aide adviser advisor admiral general
  colonel lieutenant commander captain sergeant marshal king queen prince princess pope patriarch
  pastor bishop cardinal sheikh emir chairman chairwoman chair director ceo cfo founder head chief
  executive lawmaker legislator mp deputy mr mrs ms dr sir lord lady judge prosecutor commissioner
  official diplomat negotiator leader speaker representative rep sen gov gen col lt sgt capt adm
  prof professor journalist correspondent reporter analyst economist activist administrator
  coordinator inspector ombudsman
`);

/** Words that may sit between a title and a name or before a title ("Prime Minister", "Energy Minister"). */
export const TITLE_MODIFIERS = words(`
  prime deputy vice acting former interim foreign defence defense energy interior finance justice
  health economy foreign-affairs chief special senior top first opposition presidential military
  state national regional local city executive general attorney
`);

/** Head nouns of an apposition or descriptor that make the name a person. */
export const PERSON_NOUNS = new Set([
  ...PERSON_TITLES,
  'man',
  'woman',
  'resident',
  'survivor',
  'witness',
  'father',
  'mother',
]);

/** Head nouns that make the name an organization ("the company", "the water utility"). */
export const ORG_NOUNS = words(`
  company firm operator utility provider agency ministry department service group party
  broadcaster network newspaper outlet organization organisation union alliance bloc council
  committee commission court army navy force forces corporation conglomerate producer manufacturer
  maker supplier airline carrier charity foundation institute university office authority regulator
  government administration parliament legislature coalition movement militia brigade battalion
  monitor watchdog startup exchange fund association federation club team
`);

/** Head nouns that make the name a place ("the city of X", "X region"). */
export const PLACE_NOUNS = words(`
  city town village capital country region district oblast province state county municipality
  settlement port island river area suburb neighbourhood neighborhood republic territory peninsula
  border frontline front raion rayon hromada community bank shore coast outskirts centre center
  north south east west part parts
`);

/** Lowercase words that may follow a name and still belong to a place's name ("Kyiv region"). */
export const PLACE_HEADS = words(`region regions district districts oblast oblasts province river raion`);

/** Capitalized words that end an organization's name ("State Emergency Service", "White House"). */
export const ORG_HEADS = words(`
  service ministry department agency office council committee commission bank company corporation
  corp inc ltd group party forum union organization organisation institute university court house
  parliament assembly army navy forces force guard police fund foundation alliance command staff
  kremlin pentagon rada duma senate congress cabinet government administration authority authorities
  bureau directorate inspectorate network agency's media news times post press tv radio utility
  utilities operator grid
`);

/** Capitalized words that end a place's name. */
export const PLACE_WORDS = words(
  `region district oblast province river sea ocean island islands mountains city county`,
);

/** Words a name may join with "of" ("Ministry of Defence", "Bank of England"). */
export const OF_HEADS = words(`
  service ministry department bank university republic council office court academy institute union
  federation commission committee organization organisation agency minister secretary president
  kingdom state states city
`);

/** Verbs that introduce speech or report (base forms and inflections listed explicitly). */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states wrote writes posted posts warned warns confirmed
  confirms reported reports claimed claims denied denies urged urges demanded demands predicted predicts
  maintained maintains noted notes announced announces disclosed discloses indicated indicates
  described describes insisted insists reiterated reiterates argued argues explained explains
  insisted acknowledged acknowledges admitted admits estimated estimates alleged alleges
  suggested suggests asserted asserts declared declares accused accuses vowed vows pledged pledges
  forecast forecasts cautioned cautions stressed stresses emphasised
  emphasized replied replies responded responds answered answers tweeted claiming saying warning
  adding urging insisting demanding
`);

/** Group nouns that speak for an institution ("officials said", "authorities reported"). */
export const GROUP_NOUNS = words(
  `officials authorities sources officers spokespeople representatives diplomats police rescuers media witnesses`,
);

/** Pronouns that stand for the last named speaker. */
export const PERSON_PRONOUNS = words(`he she`);

/** Calendar words: capitalized, never a name. */
export const CALENDAR = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december
`);

/** Words that look like names at the start of a sentence but are not. */
export const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december the a an in on at by for from with of to and but or as
  it its this that these those there here he she they we i you his her their our my after before
  while when where meanwhile however elsewhere under over about nearly most some many several all
  both each every no not also earlier later today yesterday tomorrow tonight overnight officials
  authorities engineers residents people emergency energy according if although though despite
  since until what who which why how one two three four five six seven eight nine ten
`);

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

/**
 * Adjectives of nationality that are not entities on their own ("Russian",
 * "Ukrainian"): compromise's demonyms, or a capitalised word with a demonym ending
 * that compromise does not know as a name ("Erdogan" and "Jordan" are not demonyms).
 */
export function isDemonym(word: string): boolean {
  const entry = Object.hasOwn(lexicon, word.toLowerCase()) ? String(lexicon[word.toLowerCase()]) : '';
  if (entry.includes('Demonym')) return true;
  if (entry) return false;
  return /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(word);
}
