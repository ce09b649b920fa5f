import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../src/meetings/extract.js';
import { briefing } from './support.js';

/** A report of talks in Nairobi with a photo caption after its first paragraph. */
const reportWith = (caption: string) =>
  briefing(
    'r.txt',
    `date 2024-03-08

Kenya and Ethiopia hold talks in Nairobi

NAIROBI - Kenyan Foreign Minister Amani Otieno held talks with Ethiopian Foreign Minister Selam Tesfaye in Nairobi on Thursday.

${caption}

The ministers discussed the Nile water dispute and cross-border trade.
`,
  );

const attendeesOf = (caption: string) => {
  const meetings = extractMeetings([reportWith(caption)]);
  const talks = meetings.find((meeting) => meeting.date === '2024-03-07');
  if (!talks) throw new Error('the talks were not found');
  return { talks, meetings, names: talks.attendees.map((a) => a.name) };
};

describe('photo captions as evidence of who took part', () => {
  it('does not take a spokesman speaking in a caption for a participant', () => {
    const { names } = attendeesOf(
      'Government spokesman Daniel Kiprop says Amani Otieno and Selam Tesfaye held frank talks in Nairobi. (Photo | AP)',
    );
    expect(names).toContain('Amani Otieno');
    expect(names).not.toContain('Daniel Kiprop');
  });

  it('does not take the one receiving the guests in a caption for a participant', () => {
    const { names } = attendeesOf(
      'Ethiopian Foreign Minister Selam Tesfaye (front C) is received by Ambassador Jane Wanjiru (front L) before the talks in Nairobi. (AA)',
    );
    expect(names).not.toContain('Jane Wanjiru');
  });

  it('makes no meeting of a caption showing another event', () => {
    const { meetings, names } = attendeesOf(
      'Amani Otieno and Ugandan President Okello Mugisha at their first summit in Kampala in 2019. (Photo | AP)',
    );
    expect(meetings.some((meeting) => meeting.location?.startsWith('Kampala'))).toBe(false);
    expect(names).not.toContain('Okello Mugisha');
  });
});
