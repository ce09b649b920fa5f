import { describe, expect, it } from 'vitest';
import { findCities, findCity } from '../../src/meetings/places/cities.js';
import { CITY_LINES } from '../../src/meetings/places/cities.generated.js';

describe('the city list', () => {
  it('finds every city it holds, whatever letters its name folds', () => {
    const missing = CITY_LINES.split('\n')
      .map((line) => line.split('\t')[0]!)
      .filter((name) => findCities(name).length === 0);
    expect(missing).toEqual([]);
  });

  it.each([
    ['İzmir', 'Türkiye'],
    ['Białystok', 'Poland'],
    ['Bandung', 'Indonesia'],
  ])('finds %s next to names that fold differently', (name, country) => {
    expect(findCity(name)?.country).toBe(country);
  });

  it.each([
    ['Cologne', 'Germany', 'Köln'],
    ['Seville', 'Spain', 'Sevilla'],
  ])('finds %s in %s by the name English news gives it, not only as %s', (name, country) => {
    expect(findCity(name)?.country).toBe(country);
  });

  it('keeps a town of the same English name as a smaller namesake, not the first choice', () => {
    const countries = findCities('Cologne').map((city) => city.country);
    expect(countries[0]).toBe('Germany');
    expect(countries.length).toBeGreaterThan(1);
  });

  it('keeps one city per country for a shared name, the capital first', () => {
    const countries = findCities('Paris').map((city) => city.country);
    expect(countries[0]).toBe('France');
    expect(countries).toContain('United States');
    expect(new Set(countries).size).toBe(countries.length);
  });

  it('orders the others by population', () => {
    const populations = findCities('Springfield').map((city) => city.population);
    expect(populations.length).toBeGreaterThan(1);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });
});
