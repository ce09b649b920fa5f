/**
 * The pictures in docs/ show what the bot sends now. Each is drawn again from the seeds by the
 * bot's own reply code and compared with the file in docs/pictures; and each reply drawn is,
 * embed for embed and button for button, the message the real bot posts for that command
 * through the local Discord.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answersFrom,
  drawScenes,
  PICTURES_DIR,
  REGENERATE,
  replyTo,
  SCENES,
} from '../../scripts/pictures/scenes.js';
import type { AnswerService } from '../../src/discord/answers.js';
import { converse, type SentMessage } from '../support/conversation.js';
import { ROOT, SEEDS } from '../support/corpora.js';
import { channelMessage, chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

let answers: AnswerService;
let drawn: Map<string, string>;
beforeAll(async () => {
  answers = await answersFrom(SEEDS);
  drawn = await drawScenes(answers);
});

describe('the pictures in docs/pictures', () => {
  it.each(SCENES.map((scene) => scene.file))('%s shows what the bot replies now', async (file) => {
    const committed = await readFile(join(ROOT, PICTURES_DIR, file), 'utf8').catch(() => null);
    expect(
      committed === drawn.get(file),
      `${PICTURES_DIR}/${file} no longer shows what the bot replies: run \`${REGENERATE}\` and commit docs/pictures`,
    ).toBe(true);
  });

  it('are drawn the same on every run', async () => {
    expect(await drawScenes(answers)).toEqual(drawn);
  });
});

describe('the replies the pictures draw', () => {
  let harness: TestBot;
  beforeAll(async () => {
    harness = await startTestBot({ answers });
  });
  afterAll(async () => harness?.close());

  /** What the bot posts for a scene through the local Discord. */
  async function posted(scene: (typeof SCENES)[number]): Promise<SentMessage> {
    const { discord } = harness;
    const { input } = scene;
    if (input.kind === 'command') {
      const exchange = await converse(
        discord,
        chatInput(discord.world, input.command, input.options),
      );
      return exchange.message;
    }
    const message = discord.sendMessage(
      channelMessage(discord.world, `<@${discord.world.botUser.id}> ${input.question}`, {
        author: discord.world.member,
        mentions: [discord.world.botUser],
      }),
    );
    const reply = await discord.waitForRequest(
      (request) =>
        request.route === 'channelMessage' &&
        (request.body as SentMessage).message_reference?.message_id === message.id,
    );
    return reply.body as SentMessage;
  }

  it.each(SCENES.map((scene) => [scene.file, scene] as const))(
    '%s draws the embeds and buttons the bot posts',
    async (_file, scene) => {
      const sent = await posted(scene);
      const drawn = await replyTo(answers, scene.input);
      expect(sent.embeds).toEqual(drawn.embeds);
      expect(sent.components ?? []).toEqual(drawn.components);
    },
  );
});
