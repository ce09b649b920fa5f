/**
 * The pictures in docs/: real commands answered from `seeds/` by the code the bot replies with
 * (src/discord/commandReplies.ts), drawn as Discord shows them. `npm run pictures` writes them;
 * a test fails when one no longer matches what the bot sends now.
 */
import { join } from 'node:path';
import { answersFromKnowledge, type AnswerService } from '../../src/discord/answers.js';
import { askReply, meetingReply, whoAttendedReply } from '../../src/discord/commandReplies.js';
import { loadBriefingsFromDir } from '../../src/io/loadBriefings.js';
import { buildKnowledge } from '../../src/knowledge.js';
import type { DiscordReply } from '../../src/render/discord.js';
import { drawPicture, type Prompt } from './draw.js';

/** The bot's name as members see it, and the member who asks. */
export const BOT_NAME = 'briefing-bot';
const MEMBER = 'member';

/** Where the pictures go, from the repository root. */
export const PICTURES_DIR = join('docs', 'pictures');
export const REGENERATE = 'npm run pictures';

/** A slash command with its options, or a channel message that mentions the bot. */
export type SceneInput =
  | {
      readonly kind: 'command';
      readonly command: 'meeting' | 'who-attended' | 'ask';
      readonly options: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'mention'; readonly question: string };

export interface Scene {
  readonly file: string;
  /** What the picture shows, for its title and alt text. */
  readonly title: string;
  readonly input: SceneInput;
}

export const SCENES: readonly Scene[] = [
  {
    file: 'meeting.svg',
    title:
      'A reply to /meeting: the meeting with its facts, their citation markers and sources, and the buttons Who attended? and Show sources',
    input: { kind: 'command', command: 'meeting', options: { query: 'moscow april 2023' } },
  },
  {
    file: 'who-attended.svg',
    title:
      'A reply to /who-attended: the participants grouped by country, each with citation markers, and the sources',
    input: { kind: 'command', command: 'who-attended', options: { meeting: 'moscow april 2023' } },
  },
  {
    file: 'ask.svg',
    title:
      'A reply to /ask: a short answer quoted from a briefing with citation markers, and the sources',
    input: {
      kind: 'command',
      command: 'ask',
      options: { question: 'When did the defence ministers last meet in Moscow?' },
    },
  },
  {
    file: 'mention.svg',
    title: 'A question asked by mentioning the bot in a channel, and its reply',
    input: { kind: 'mention', question: 'who met in Moscow in April?' },
  },
];

/** The reply the bot sends for a scene, through the same functions its handlers call. */
export function replyTo(answers: AnswerService, input: SceneInput): Promise<DiscordReply> {
  if (input.kind === 'mention') return askReply(answers, input.question);
  const { options } = input;
  switch (input.command) {
    case 'meeting':
      return meetingReply(answers, options.query ?? '');
    case 'who-attended':
      return whoAttendedReply(answers, options.meeting ?? '', options.country);
    case 'ask':
      return askReply(answers, options.question ?? '');
  }
}

function promptOf(input: SceneInput): Prompt {
  if (input.kind === 'mention')
    return { kind: 'mention', member: MEMBER, text: `@${BOT_NAME} ${input.question}` };
  const options = Object.entries(input.options).map(([name, value]) => `${name}:${value}`);
  return { kind: 'command', member: MEMBER, command: [`/${input.command}`, ...options].join(' ') };
}

/** The answers the bot would give from a briefings folder. */
export async function answersFrom(dir: string): Promise<AnswerService> {
  const { briefings, skipped } = await loadBriefingsFromDir(dir);
  const knowledge = buildKnowledge(briefings, skipped);
  return answersFromKnowledge(() => knowledge);
}

/** Every picture, file name → SVG. */
export async function drawScenes(answers: AnswerService): Promise<Map<string, string>> {
  const pictures = new Map<string, string>();
  for (const scene of SCENES) {
    const reply = await replyTo(answers, scene.input);
    pictures.set(
      scene.file,
      drawPicture({ title: scene.title, prompt: promptOf(scene.input), bot: BOT_NAME, reply }),
    );
  }
  return pictures;
}
