import { describe, expect, it } from 'vitest';
import { findUnnamedGroups } from '../../src/meetings/groups.js';

describe('findUnnamedGroups: participants described without names', () => {
  it.each([
    [
      'The interior ministers and police chiefs of Spain, Morocco and Portugal met in Rabat.',
      [
        {
          roles: ['interior minister', 'police chief'],
          countries: ['Spain', 'Morocco', 'Portugal'],
        },
      ],
    ],
    [
      'The defence ministers and intelligence chiefs of Chile, Peru and Bolivian government held talks.',
      [
        {
          roles: ['defence minister', 'intelligence chief'],
          countries: ['Chile', 'Peru', 'Bolivia'],
        },
      ],
    ],
    [
      'Chilean, Peruvian and Bolivian defense ministers, along with their intelligence heads, met in Lima.',
      [
        {
          roles: ['defence minister', 'intelligence chief'],
          countries: ['Chile', 'Peru', 'Bolivia'],
        },
      ],
    ],
    [
      'Leaders of five invited countries - Fiji, Samoa, Tonga, Vanuatu and Kiribati - joined the session.',
      [{ roles: ['leader'], countries: ['Fiji', 'Samoa', 'Tonga', 'Vanuatu', 'Kiribati'] }],
    ],
    [
      "Representatives of the United Nations and of Chile's neighbours Peru and Argentina attend as observers.",
      [{ roles: ['observer'], countries: ['United Nations', 'Peru', 'Argentina'] }],
    ],
    [
      'Group of Seven leaders attending the forum signed a pledge.',
      [{ roles: ['leader'], countries: ['G7'] }],
    ],
  ])('%s', (sentence, expected) => {
    expect(
      findUnnamedGroups(sentence).map(({ roles, countries }) => ({ roles, countries })),
    ).toEqual(expected);
  });

  it('finds nothing in a sentence about views or trade', () => {
    expect(findUnnamedGroups('Chilean, Peruvian and Bolivian views largely coincided.')).toEqual(
      [],
    );
  });
});
