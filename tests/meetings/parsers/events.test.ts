import { describe, expect, it } from 'vitest';
import { eventsOf, participantsOf } from '../support.js';

const main = (text: string, trigger?: string) => {
  const events = eventsOf(text);
  const event = trigger ? events.find((e) => e.trigger === trigger) : events[0];
  if (!event) throw new Error(`no event in: ${text}`);
  return event;
};

describe('meeting events read from verb and noun frames', () => {
  it.each([
    [
      'Kenyan Foreign Minister Amani Otieno met Ethiopian Foreign Minister Selam Tesfaye in Nairobi on Thursday.',
      'meet',
      [
        ['Amani Otieno', 'attendee'],
        ['Selam Tesfaye', 'attendee'],
      ],
    ],
    [
      'Kenyan Foreign Minister Amani Otieno held talks with Ethiopian Foreign Minister Selam Tesfaye on Thursday.',
      'talks',
      [
        ['Amani Otieno', 'attendee'],
        ['Selam Tesfaye', 'attendee'],
      ],
    ],
    [
      'Kenyan President Abebe Kamau did not attend the summit in Nairobi.',
      'attend',
      [['Abebe Kamau', 'absent']],
    ],
    [
      'Kenyan President Abebe Kamau skipped the summit in Nairobi.',
      'skip',
      [['Abebe Kamau', 'absent']],
    ],
    [
      'Ethiopian Foreign Minister Selam Tesfaye was welcomed by Kenyan Mayor Jane Wanjiru at the airport.',
      'welcome',
      [
        ['Selam Tesfaye', 'attendee'],
        ['Jane Wanjiru', 'greeter'],
      ],
    ],
    [
      'Ines Marlow, the senior envoy running the talks, called the session constructive.',
      'talks',
      [['Ines Marlow', 'host']],
    ],
    [
      'Ines Marlow, mediating the talks between the two sides, called for calm.',
      'talks',
      [['Ines Marlow', 'attendee']],
    ],
  ])('%s', (text, trigger, expected) => {
    expect(participantsOf(main(text, trigger))).toEqual(expected);
  });

  it('does not count a speaker as taking part', () => {
    const event = main(
      'The ministers met in Nairobi on Thursday, Kenyan government spokesman Daniel Kiprop said.',
      'meet',
    );
    expect(participantsOf(event)).toContainEqual(['Daniel Kiprop', 'mentioned']);
  });

  it('reads the defence ministers of several countries as unnamed participants', () => {
    const event = main(
      'The defence ministers of Kenya, Ethiopia and Uganda met in Nairobi.',
      'meet',
    );
    expect(participantsOf(event)).toEqual([
      ['defence minister of Kenya+Ethiopia+Uganda', 'attendee'],
    ]);
  });

  it('marks an earlier meeting as another one', () => {
    expect(main('The two ministers had previously met in Addis Ababa.', 'meet').other).toBe(
      'previous',
    );
    expect(
      main('It was their first talks since the meeting in Addis Ababa.', 'meeting').other,
    ).toBe('previous');
    expect(main('The next round of talks will be held in Kampala.', 'round').other).toBe('next');
  });

  it('tells a phone call from a meeting', () => {
    expect(
      main('The two presidents spoke by phone on Tuesday about the dispute.', 'phone').remote,
    ).toBe(true);
  });

  it('tells apart a meeting on the sidelines of a summit and the summit itself', () => {
    const events = eventsOf(
      'Kenyan President Abebe Kamau met Ugandan President Ruth Nakato on the sidelines of the summit in Kampala.',
    );
    expect(events.find((e) => e.trigger === 'summit')?.setting).toBe(true);
    expect(events.find((e) => e.trigger === 'meet')?.onSidelines).toBe(true);
  });

  it.each([
    ['Envoys to meet in Nairobi on Thursday', 'future'],
    ['The envoys will meet in Nairobi on Thursday.', 'future'],
    ['The envoys met in Nairobi on Thursday.', 'past'],
  ])('reads the tense of %j', (text, tense) => {
    expect(main(text, 'meet').tense).toBe(tense);
  });

  it.each([
    ['The summit was postponed until September.', 'summit', 'postponed'],
    ['The president has called off the meeting with his counterpart.', 'meeting', 'cancelled'],
    ['The president called off his trip to the summit.', 'summit', null],
  ])('reads what became of the meeting in %j', (text, trigger, status) => {
    expect(main(text, trigger).status).toBe(status);
  });

  it.each([
    ['Norland pulled out of the fishing accord in May 2016.', []],
    ['Norland pulled out of the summit in May 2016.', ['pull out', 'summit']],
  ])('reads leaving an agreement as no meeting: %j', (text, triggers) => {
    expect(eventsOf(text).map((e) => e.trigger)).toEqual(triggers);
  });
});
