/**
 * Planted facts: distinctive sentences placed in known briefings, and questions about them
 * written as people type them, with typos, other spellings and paraphrases. A system finds a
 * fact when a passage it returns is the fact's sentence in the fact's briefing.
 */

export interface PlantedFact {
  readonly id: string;
  /** An invented word that occurs only in this fact's sentence, as written there. */
  readonly keyword: string;
  readonly sentence: string;
  /** What the sentence answers. */
  readonly answer: string;
  readonly question: string;
}

export const PLANTED_FACTS: readonly PlantedFact[] = [
  {
    id: 'varnak-consulate',
    keyword: 'Varnak',
    sentence: 'The delegation agreed to reopen the Varnak consulate within ninety days.',
    answer: 'within ninety days',
    question: 'when will the varnack consulate reopen',
  },
  {
    id: 'tolmira-dam',
    keyword: 'Tolmira',
    sentence: 'Engineers will complete the Tolmira hydroelectric dam by the spring of next year.',
    answer: 'by the spring of next year',
    question: 'when is the tolmera dam going to be finished',
  },
  {
    id: 'oskelund-grain',
    keyword: 'Oskelund',
    sentence:
      'The two sides signed a grain corridor deal worth four billion dollars at the port of Oskelund.',
    answer: 'four billion dollars',
    question: 'how much was the oskelund grain deal worth',
  },
  {
    id: 'drevak-commission',
    keyword: 'Drevak',
    sentence: 'A joint commission will meet every six weeks to monitor the Drevak border crossing.',
    answer: 'every six weeks',
    question: 'how often does the drevac border commision meet',
  },
  {
    id: 'sarovel-demining',
    keyword: 'Sarovel',
    sentence:
      'The ministers pledged to clear the mines from the Sarovel valley before the harvest.',
    answer: 'before the harvest',
    question: 'when will sarovel valey be demined',
  },
  {
    id: 'kestrany-troops',
    keyword: 'Kestrany',
    sentence:
      'Negotiators set a ceiling of twelve thousand troops for the Kestrany peacekeeping mission.',
    answer: 'twelve thousand troops',
    question: 'how many soldiers in the kestrani peacekeeping mission',
  },
  {
    id: 'halvorn-pipeline',
    keyword: 'Halvorn',
    sentence: 'The Halvorn pipeline will carry eleven million cubic metres of gas a day.',
    answer: 'eleven million cubic metres of gas a day',
    question: 'how much gas will the halvorn pipline carry',
  },
  {
    id: 'mirensk-airport',
    keyword: 'Mirensk',
    sentence:
      'Officials confirmed that Mirensk airport will reopen to civilian flights in October.',
    answer: 'in October',
    question: 'when does mirensk airport open for civil flights',
  },
  {
    id: 'quelbra-fishing',
    keyword: 'Quelbra',
    sentence:
      'The agreement gives fishing boats from both countries equal access to the Quelbra shoals.',
    answer: 'fishing boats from both countries',
    question: 'who may fish on the quelbra shoals',
  },
  {
    id: 'ostravel-prisoners',
    keyword: 'Ostravel',
    sentence: 'The envoys agreed to exchange three hundred prisoners at the Ostravel checkpoint.',
    answer: 'three hundred prisoners',
    question: 'how many prisoners were swapped at ostravell',
  },
  {
    id: 'zelvan-water',
    keyword: 'Zelvan',
    sentence: 'The summit approved a plan to share the waters of the Zelvan river basin.',
    answer: 'a plan to share the waters',
    question: 'water sharing plan for the zelvan rivr',
  },
  {
    id: 'pardova-railway',
    keyword: 'Pardova',
    sentence:
      'A regional development bank will finance the new railway line from Pardova to the coast.',
    answer: 'a regional development bank',
    question: 'who pays for the pardova railway',
  },
  {
    id: 'brenik-inquiry',
    keyword: 'Brenik',
    sentence: 'The ministers named a retired judge to lead the inquiry into the Brenik shooting.',
    answer: 'a retired judge',
    question: 'who will lead the brennik shooting inquiry',
  },
  {
    id: 'lutavin-customs',
    keyword: 'Lutavin',
    sentence: 'Customs checks on the Lutavin bridge will be reduced to a single inspection.',
    answer: 'a single inspection',
    question: 'how many customs inspections on the lutavin brige',
  },
  {
    id: 'korvath-flights',
    keyword: 'Korvath',
    sentence:
      'The foreign ministers agreed to restore direct flights to Korvath by the end of the year.',
    answer: 'by the end of the year',
    question: 'when do direct flights to korvat resume',
  },
  {
    id: 'dunmara-imagery',
    keyword: 'Dunmara',
    sentence: 'The intelligence chiefs agreed to share satellite imagery of the Dunmara corridor.',
    answer: 'satellite imagery',
    question: 'what will the spy chiefs share about the dunmarra corridor',
  },
  {
    id: 'velisk-vaccination',
    keyword: 'Velisk',
    sentence: 'Both governments will fund a cholera vaccination campaign in the Velisk camps.',
    answer: 'a cholera vaccination campaign',
    question: 'who funds vaccinations in the velisk camps',
  },
  {
    id: 'trebova-artillery',
    keyword: 'Trebova',
    sentence: 'The accord keeps heavy artillery at least twenty kilometres from the Trebova line.',
    answer: 'at least twenty kilometres',
    question: 'how far from the trebova line must artilery stay',
  },
  {
    id: 'ganzor-hotline',
    keyword: 'Ganzor',
    sentence: 'The delegations set up a military hotline between the Ganzor and Peshtal garrisons.',
    answer: 'a military hotline',
    question: 'hotline between ganzor and peshtal garisons',
  },
  {
    id: 'ilvessa-subsidies',
    keyword: 'Ilvessa',
    sentence: 'Farmers on the Ilvessa plain will receive fertiliser subsidies from next March.',
    answer: 'from next March',
    question: 'when do ilvesa farmers get fertilizer subsidies',
  },
];
