/** Everyday questions about the seed briefings, with a typo and spelling variants, for load tests. */
export const SEED_QUESTIONS: readonly string[] = [
  'When did the defence ministers meet in Moscow?',
  'Who attended the quadrilateral meeting?',
  'What did the ministers discuss about Syria?',
  'Cavusolgu Lavrov talks',
  'Where will the foreign ministers meet next?',
  'refugees return Syria',
];
