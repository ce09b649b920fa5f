import { z } from 'zod';

/** The CLI's JSON output, as schemas: the documented shapes, which tests and scripts validate against. */
export const citationSchema = z.strictObject({
  id: z.number().int().positive(),
  briefing: z.string().min(1),
  /** 1-based, counted down the file as README's "Briefing files" describes. */
  paragraph: z.number().int().positive(),
  text: z.string().min(1),
});

export const attendeeSchema = z.strictObject({
  name: z.string().nullable(),
  role: z.string().nullable(),
  country: z.string().nullable(),
  citations: z.array(z.number().int().positive()),
});

export const meetingSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  status: z.enum(['announced', 'held', 'postponed', 'cancelled']),
  location: z.string().nullable(),
  countries: z.array(z.string()),
  attendees: z.array(attendeeSchema),
  topics: z.array(z.string()),
  briefings: z.array(z.string()),
  citations: z.array(citationSchema),
});

export const askOutputSchema = z.strictObject({
  question: z.string(),
  answer: z.string(),
  citations: z.array(citationSchema),
});

export const meetingOutputSchema = z.strictObject({
  query: z.string(),
  meetings: z.array(meetingSchema),
});

export const whoAttendedOutputSchema = z.strictObject({
  query: z.string(),
  meeting: meetingSchema.nullable(),
  attendees: z.array(attendeeSchema),
  citations: z.array(citationSchema),
});

export const meetingsOutputSchema = z.strictObject({ meetings: z.array(meetingSchema) });
