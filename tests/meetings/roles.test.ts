import { describe, expect, it } from 'vitest';
import { roleKeys, rolesCompatible } from '../../src/meetings/roles.js';

describe('roleKeys compares differently worded offices', () => {
  it.each([
    ['Defense Minister', 'defence minister'],
    ['National Defence Minister', 'defence minister'],
    ['Head of the National Intelligence Organization (MIT)', 'intelligence chief'],
    ['Deputy Foreign Minister', 'deputy foreign minister'],
    ['Secretary of State', 'foreign minister'],
    ['Prime Minister', 'leader'],
    ['delegation', 'delegation'],
  ])('%s → %s', (role, key) => {
    expect(roleKeys(role).has(key)).toBe(true);
  });

  it.each([
    ['Defence Minister', 'defence minister', true],
    ['Foreign Minister', 'defence minister', false],
    ['President', 'delegation', true],
    ['observer', 'Deputy Foreign Minister', false],
  ] as const)('%s ~ %s → %s', (a, b, expected) => {
    expect(rolesCompatible(a, b)).toBe(expected);
  });
});
