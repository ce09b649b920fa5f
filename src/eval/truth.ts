import { z } from 'zod';

/** The labelled corpus format (see the corpus README): meetings, attendees and questions. */
export const truthSchema = z.object({
  meetings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: z.string(),
      end_date: z.string().optional(),
      location: z.string(),
      status: z.string(),
      attendees: z.array(
        z.object({
          name: z.string(),
          aliases: z.array(z.string()).default([]),
          role: z.string(),
          country: z.string(),
        }),
      ),
      unnamed_attendees: z.array(z.object({ role: z.string(), country: z.string() })).default([]),
      not_attendees: z.array(z.string()).default([]),
      topics: z.array(z.string()).default([]),
      sources: z.array(z.string()),
    }),
  ),
  questions: z.array(
    z.object({
      id: z.string(),
      command: z.enum(['ask', 'meeting', 'who-attended']),
      text: z.string(),
      evidence_any: z.array(z.string()),
      sources: z.array(z.string()),
      meeting: z.string().nullable(),
    }),
  ),
});

export type Truth = z.infer<typeof truthSchema>;
export type TruthQuestion = Truth['questions'][number];
export type TruthMeeting = Truth['meetings'][number];
