/**
 * What the operator reads about the briefings folder: what was indexed at start, each file
 * skipped (once, when it is first found bad), each re-index, and one warning when the folder
 * itself becomes unreadable — answers then continue from the last good index.
 */
import type { LiveKnowledgeEvent } from '../io/liveKnowledge.js';
import type { Knowledge } from '../knowledge.js';
import type { Logger } from '../logger.js';

/** Logs the index built at start, with every file skipped and why. */
export function logInitialIndex(log: Logger, dir: string, knowledge: Knowledge): void {
  for (const skipped of knowledge.skipped) {
    log.warn(
      { file: skipped.file, reason: skipped.reason, detail: skipped.detail },
      'briefing skipped',
    );
  }
  log.info(
    {
      dir,
      briefings: knowledge.briefings.size,
      passages: knowledge.index.size,
      meetings: knowledge.meetings.length,
      skipped: knowledge.skipped.length,
    },
    'briefings indexed',
  );
}

/**
 * The listener for a watched folder's events. Files skipped during a re-index were already
 * warned about when they were read, so a re-index logs only its counts: a broken file left in
 * the folder gives one warning, not one per rebuild.
 */
export function briefingsEventLogger(log: Logger): (event: LiveKnowledgeEvent) => void {
  return (event) => {
    if (event.type === 'warning') {
      log.warn(event.message);
      return;
    }
    if (event.type === 'workerRestarted') {
      log.info('meeting worker restarted; meetings are current again');
      return;
    }
    if (event.type === 'progress') {
      log.info({ phase: event.phase, done: event.done, total: event.total }, 'indexing briefings');
      return;
    }
    const { report } = event;
    log.info(
      {
        briefings: report.briefingsAfter,
        meetings: report.meetingsAfter,
        added: report.added,
        changed: report.changed,
        removed: report.removed,
        skipped: report.skipped.length,
        ms: Math.round(report.durationMs),
      },
      'briefings re-indexed',
    );
  };
}
