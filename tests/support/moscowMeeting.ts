import type { MeetingView } from '../../src/render/discord.js';
import type { Attendee, Citation, Meeting } from '../../src/types.js';

/** The 25 April 2023 Moscow meeting as the spec describes it, written out by hand. */
export const MOSCOW_CITATIONS: Citation[] = [
  {
    id: 1,
    briefing: '000_5e147edb248d0a50.txt',
    paragraph: 1,
    text: 'The defense ministers and intelligence chiefs of Turkey, Russia, Syria, and Iran are scheduled to meet in Moscow on April 25, according to an announcement from Turkish Defense Minister Hulusi Akar.',
  },
  {
    id: 2,
    briefing: '004_5dc909d0c5c42903.txt',
    paragraph: 6,
    text: 'The statement came after Turkish National Defence Minister Hulusi Akar and National Intelligence Organization (MIT) head Hakan Fidan attended a meeting with their counterparts in Russia’s capital.',
  },
];

const unnamed = (country: string, role: string): Attendee => ({
  name: null,
  role,
  country,
  citations: [1],
});

export const MOSCOW_ATTENDEES: Attendee[] = [
  { name: 'Hulusi Akar', role: 'Defence Minister', country: 'Türkiye', citations: [1, 2] },
  {
    name: 'Hakan Fidan',
    role: 'Head of the National Intelligence Organization (MIT)',
    country: 'Türkiye',
    citations: [2],
  },
  unnamed('Russia', 'defence minister'),
  unnamed('Russia', 'intelligence chief'),
  unnamed('Iran', 'defence minister'),
  unnamed('Syria', 'defence minister'),
];

export const MOSCOW_MEETING: Meeting = {
  id: 'moscow-defence-ministers-2023-04-25',
  title: 'Quadrilateral meeting of defence ministers and intelligence chiefs, Moscow',
  date: '2023-04-25',
  status: 'held',
  location: 'Moscow, Russia',
  countries: ['Türkiye', 'Russia', 'Iran', 'Syria'],
  attendees: MOSCOW_ATTENDEES,
  topics: ['security in Syria', 'normalisation of ties between Ankara and Damascus'],
  briefings: ['000_5e147edb248d0a50.txt', '004_5dc909d0c5c42903.txt'],
  citations: MOSCOW_CITATIONS,
};

export const MOSCOW_VIEW: MeetingView = {
  query: 'moscow',
  meeting: MOSCOW_MEETING,
  facts: { date: [1], status: [2], location: [1], topics: [[2], []] },
  previous: {
    id: 'moscow-2022-12-28',
    title: 'Tripartite meeting of defence ministers, Moscow',
    date: '2022-12',
  },
  next: {
    id: 'moscow-foreign-ministers-2023-05',
    title: 'Foreign ministers’ meeting, Moscow',
    date: '2023-05',
  },
  others: [],
};
