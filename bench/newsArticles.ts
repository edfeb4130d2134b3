import { Prng } from './prng.js';

/** Names the graph already holds, so that generated articles exercise linking. */
export interface KnownNames {
  people: string[];
  places: string[];
  organizations: string[];
}

export interface NewsArticle {
  title: string;
  text: string;
  publishedOn: string;
}

// Names no graph node holds (the synthetic graph builds its names from syllables).
const FIRST = ['Olena', 'Mykola', 'Taras', 'Iryna', 'Andriy', 'Natalia', 'Serhiy', 'Oksana', 'Bohdan', 'Halyna'];
const LAST = ['Bondarenko', 'Kovalenko', 'Tkachenko', 'Shevchuk', 'Melnyk', 'Kravets', 'Lysenko', 'Hrytsenko'];
const NEW_PLACES = ['Bilohirka', 'Zarichne', 'Horodnia', 'Pryluky', 'Novoselytsia', 'Ostroh', 'Bershad', 'Khorol'];
const NEW_ORGS = ['Regional Power Grid', 'State Emergency Service', 'Civic Relief Fund', 'Northern Water Utility'];
const TITLES = ['Mayor', 'Governor', 'Minister', 'Deputy Minister', 'Regional Administrator'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const QUALIFIERS = ['at least ', 'nearly ', 'more than ', 'about ', ''];
const WEAPONS = ['drones', 'missiles', 'glide bombs', 'ballistic missiles', 'drones and missiles'];
const TARGETS = ['a residential building', 'a school', 'a power substation', 'a grain terminal', 'a hospital'];
const QUOTES = [
  'We will rebuild every home that was destroyed tonight',
  'Rescue teams are still working under the rubble and the number may rise',
  'The city has enough generators to keep hospitals and water pumps running',
  'This was a deliberate strike on civilians who were asleep in their beds',
  'We ask residents to stay in shelters until the all-clear is given',
  'Our engineers restored power to most districts within six hours',
  'There is no military target anywhere near this neighbourhood',
  'We expect concrete proposals from the other side before the next round',
];
const CONTEXT = [
  'Air defence units shot down most of the incoming targets, the air force said, but debris fell on several districts.',
  'Emergency crews worked through the night to clear debris and search for people trapped under collapsed floors.',
  'Residents spent hours in basements and metro stations as air raid sirens sounded across the region.',
  'The strike was the third on the area this month, and repair crews had only just restored heating to many homes.',
  'Local authorities opened heating points and distributed drinking water to neighbourhoods left without supply.',
  'Volunteers brought food and blankets to families who had lost their homes, according to local media reports.',
];

/**
 * Deterministic news-like articles of about 300 words: an attack with casualty
 * figures (number words, qualifiers, a breakdown of children), quotes attributed in
 * the usual ways, talks in another place, and names the graph holds beside new ones.
 * Article `i` of a given seed is always the same text.
 */
export function newsArticles(known: KnownNames, count: number, seed = 20260125): NewsArticle[] {
  const r = new Prng(seed);
  const out: NewsArticle[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const a = oneArticle(r, known, out.length);
    if (seen.has(a.text)) continue;
    seen.add(a.text);
    out.push(a);
  }
  return out;
}

function oneArticle(r: Prng, known: KnownNames, i: number): NewsArticle {
  const newPerson = () => `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const person = () => (r.chance(0.7) && known.people.length ? r.pick(known.people) : newPerson());
  const place = () => (r.chance(0.7) && known.places.length ? r.pick(known.places) : r.pick(NEW_PLACES));
  const org = () => (r.chance(0.6) && known.organizations.length ? r.pick(known.organizations) : r.pick(NEW_ORGS));
  const surname = (name: string) => name.split(' ').at(-1)!;
  const count = (min: number, max: number) => {
    const n = r.int(min, max);
    return n <= 12 && r.chance(0.4) ? (NUMBER_WORDS[n - 2] ?? String(n)) : String(n);
  };

  // Distinct by last word, so that a surname alone names one person of the article.
  const distinct = (n: number, draw: () => string) => {
    const got = new Map<string, string>();
    while (got.size < n) {
      const x = draw();
      got.set(x.split(' ').at(-1)!, x);
    }
    return [...got.values()];
  };

  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const publishedOn = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const weekday = r.pick(WEEKDAYS);
  // Three different people and two different places, as a real report would name.
  const [official, spokesman, envoy] = distinct(3, person) as [string, string, string];
  const [city, talksCity] = distinct(2, place) as [string, string];
  const title = r.pick(TITLES);
  const agency = org();
  const killed = count(2, 40);
  const injured = count(5, 90);
  const children = count(2, 9);
  const [q1, q2, q3] = [r.pick(QUOTES), r.pick(QUOTES), r.pick(QUOTES)];

  const paragraphs = [
    `${capitalise(`${r.pick(QUALIFIERS)}${killed}`)} people were killed and ${injured} injured when Russian ${r.pick(WEAPONS)} struck ${city} overnight into ${weekday}, ${title} ${official} said.`,
    `The attack hit ${r.pick(TARGETS)} and ${r.pick(TARGETS)} in the centre of ${city}, and fires broke out in ${count(3, 30)} buildings. ${r.pick(CONTEXT)}`,
    `"${q1}," ${surname(official)} wrote on Telegram. Among the injured were ${children} children, according to the ${agency}.`,
    distinct(3, () => r.pick(CONTEXT)).join(' '),
    `${spokesman}, a spokesperson for the ${agency}, said rescuers had pulled ${count(3, 25)} people from the rubble. "${q2}," ${surname(spokesman)} said.`,
    `Ukrainian officials said the strike came as diplomats met in ${talksCity} for another round of talks on a ceasefire. ${envoy}, an envoy to the talks, said the delegations had agreed to meet again next week but had made no progress on territory.`,
    `"${q3}," said ${envoy}. The talks in ${talksCity} were expected to continue on ${r.pick(WEEKDAYS)}, officials said.`,
    `Russia did not comment on the strike on ${city}. Its defence ministry said it had targeted military and energy facilities, a claim that local officials rejected. ${r.pick(CONTEXT)}`,
  ];
  return {
    title: `${capitalise(killed)} killed in strike on ${city} as talks resume in ${talksCity}`,
    text: paragraphs.join('\n\n'),
    publishedOn,
  };
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
