/**
 * /reload: re-reads the briefings folder now instead of waiting for the watcher, and tells
 * the server manager who asked what changed. Discord shows the command only to members with
 * Manage Server (its default member permissions), but a server's admins can change who sees
 * it, so the bot checks the permission itself too. A stop during the re-read edits the
 * deferred reply to say so rather than leaving it "thinking" for good.
 */
import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { describeSkip } from '../errors.js';
import type { RebuildReport } from '../io/liveKnowledge.js';
import { type ReindexView, renderNotice, renderReindexReply } from '../render/discord.js';
import type { CommandContext } from './commandModule.js';
import { answerInteraction } from './respond.js';
import { type UserMessageCode, userMessage } from './userMessages.js';

const FOLDER_PROBLEMS: Readonly<
  Record<NonNullable<RebuildReport['folderProblem']>, UserMessageCode>
> = Object.freeze({
  missing: 'briefingsFolderMissing',
  notADirectory: 'briefingsFolderMissing',
  unreadable: 'briefingsFolderUnreadable',
});

/** The report of a rebuild as the reply shows it: no absolute paths, reasons in words. */
export function reindexViewOf(report: RebuildReport): ReindexView {
  return {
    briefingsBefore: report.briefingsBefore,
    briefingsAfter: report.briefingsAfter,
    meetingsBefore: report.meetingsBefore,
    meetingsAfter: report.meetingsAfter,
    added: report.added,
    changed: report.changed,
    removed: report.removed,
    skipped: report.skipped.map(describeSkip),
    problem: report.folderProblem ? userMessage(FOLDER_PROBLEMS[report.folderProblem]) : null,
    durationMs: report.durationMs,
  };
}

export async function replyToReload(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const { reindex } = context;
  if (!reindex || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    const refusal: UserMessageCode = reindex ? 'reloadNotAllowed' : 'reloadUnavailable';
    await answerInteraction(interaction, () => renderNotice(userMessage(refusal)), {
      ephemeral: true,
    });
    return;
  }
  // A rebuild can take longer than Discord's 3 seconds: acknowledge first, then report.
  await answerInteraction(
    interaction,
    async () => {
      const report = await untilShutdown(reindex(), context.shutdown);
      if (!report) return renderNotice(userMessage('reloadInterrupted'));
      context.log.info(
        {
          briefings: report.briefingsAfter,
          meetings: report.meetingsAfter,
          skipped: report.skipped.length,
          folderProblem: report.folderProblem,
        },
        'reload requested',
      );
      return renderReindexReply(reindexViewOf(report));
    },
    { ephemeral: true, deferFirst: true },
  );
}

/** `work`'s result, or null as soon as `shutdown` is aborted (the work itself is left to end). */
function untilShutdown<T>(work: Promise<T>, shutdown: AbortSignal | undefined): Promise<T | null> {
  if (!shutdown) return work;
  if (shutdown.aborted) return Promise.resolve(null);
  return new Promise<T | null>((resolve, reject) => {
    const onAbort = () => resolve(null);
    shutdown.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => shutdown.removeEventListener('abort', onAbort));
  });
}
