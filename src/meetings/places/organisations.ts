/**
 * International organisations and groupings that take part in meetings the way countries do.
 * General knowledge of the field, like a country list: canonical name and the names news uses.
 */
export const ORGANISATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['NATO', ['North Atlantic Treaty Organization', 'North Atlantic Alliance']],
  ['European Union', ['EU', 'European Commission', 'European Council']],
  ['United Nations', ['UN', 'U.N.']],
  ['G7', ['Group of Seven', 'G-7']],
  ['G20', ['Group of 20', 'Group of Twenty', 'G-20']],
  ['BRICS', []],
  ['Quad', ['Quadrilateral Security Dialogue']],
  ['ASEAN', ['Association of Southeast Asian Nations']],
  ['African Union', ['AU']],
  ['APEC', ['Asia-Pacific Economic Cooperation']],
  ['Arab League', ['League of Arab States']],
  ['Gulf Cooperation Council', ['GCC']],
  ['Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization']],
  ['OSCE', ['Organization for Security and Co-operation in Europe']],
  ['Organisation of Islamic Cooperation', ['OIC', 'Organization of Islamic Cooperation']],
  ['International Committee of the Red Cross', ['ICRC', 'Red Cross']],
  ['International Atomic Energy Agency', ['IAEA']],
  ['International Monetary Fund', ['IMF']],
  ['World Bank', []],
  ['CSTO', ['Collective Security Treaty Organization']],
];
