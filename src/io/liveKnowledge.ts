import { setImmediate as nextTurn } from 'node:timers/promises';
import { describeSkip } from '../errors.js';
import type { BuildPhase, Knowledge } from '../knowledge.js';
import { updateIndex, withMeetings } from '../knowledgeBase.js';
import type { Briefing, SkippedFile } from '../types.js';
import { readSealedFile, removeStalePartials, seal, writeCacheFile } from './cacheFiles.js';
import { FolderWatch } from './folderWatch.js';
import {
  type FileStamp,
  loadSnapshot,
  readingsLocation,
  sameStamp,
  stampOf,
  writeSnapshot,
} from './knowledgeCache.js';
import {
  BriefingsDirError,
  type ListedFolder,
  type Listing,
  listBriefingFiles,
} from './listBriefings.js';
import type { SavedReadingsAt } from './meetingWorkerThread.js';
import { MeetingWorker, MeetingWorkerGone } from './meetingWorker.js';

/** Options of a watched briefings folder. */
export interface LiveKnowledgeOptions {
  /** Quiet time after the last file event before rebuilding (default 300 ms). */
  readonly debounceMs?: number;
  /** Re-check the folder this often even without file events, in case events are lost (default 60 s; 0 = never). */
  readonly pollMs?: number;
  /** Receives what happens: rebuilds and warnings, for the log. */
  readonly onEvent?: (event: LiveKnowledgeEvent) => void;
  /**
   * Where to keep a snapshot of the built knowledge: a restart then loads it and re-reads
   * only the files that changed since. Off when absent.
   */
  readonly cacheDir?: string;
  /**
   * Extract meetings in a worker thread after a change, so a large folder's re-extraction
   * never holds up answers: the search index is updated at once, the meetings follow.
   * Needs the built program (dist/). Off by default. A worker that dies (out of memory, a
   * crash) is restarted after a back-off, and works the meetings out again.
   */
  readonly meetingsInWorker?: boolean;
  /**
   * The knowledge serves one run and is stored at its end, as the CLI does: the snapshot (and
   * the meetings' readings) is written by the caller's `saveSnapshot` when `unsaved` says
   * something changed, and a change's meetings are worked out only when an answer asks for
   * them. Off by default.
   */
  readonly oneRun?: boolean;
  /** The worker's module, when not the built one next to this file (tests wrap it). */
  readonly meetingWorkerEntry?: URL;
}

export type LiveKnowledgeEvent =
  | { readonly type: 'rebuilt'; readonly report: RebuildReport }
  | { readonly type: 'warning'; readonly message: string }
  /** A meeting worker that had died was started again and has worked the meetings out. */
  | { readonly type: 'workerRestarted' }
  /** A long first build's progress, at most once a second after its first second. */
  | {
      readonly type: 'progress';
      readonly phase: BuildPhase;
      readonly done: number;
      readonly total: number;
    };

/** How often a long build reports progress. */
const PROGRESS_EVERY_MS = 1_000;
/**
 * Briefings indexed between two turns of the event loop during a rebuild: a burst of
 * thousands of new files is indexed a slice at a time, so answers are never held up for long
 * (each slice is a whole, consistent knowledge; the burst becomes searchable as it goes).
 */
export const INDEX_SLICE = 200;
/** While the briefings folder is gone, how often to look for it coming back. */
const FOLDER_RETURN_POLL_MS = 1_000;

/** What a rebuild changed: counts before and after, and the files it could not use. */
export interface RebuildReport {
  readonly briefingsBefore: number;
  readonly briefingsAfter: number;
  readonly meetingsBefore: number;
  readonly meetingsAfter: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly skipped: readonly SkippedFile[];
  /** Why the folder itself could not be read (the last good index was kept), or null. */
  readonly folderProblem: BriefingsDirError['reason'] | null;
  readonly durationMs: number;
}

/**
 * One report for two rebuilds run back to back (a call made during a rebuild is answered
 * when the one more rebuild it asked for ends): what changed from the first's start to the
 * last's end, so a change the running rebuild had already found is not left out.
 */
function backToBack(first: RebuildReport, last: RebuildReport): RebuildReport {
  return {
    briefingsBefore: first.briefingsBefore,
    briefingsAfter: last.briefingsAfter,
    meetingsBefore: first.meetingsBefore,
    get meetingsAfter() {
      return last.meetingsAfter;
    },
    added: first.added + last.added,
    changed: first.changed + last.changed,
    removed: first.removed + last.removed,
    skipped: last.skipped,
    folderProblem: last.folderProblem,
    durationMs: first.durationMs + last.durationMs,
  };
}

const DEFAULTS = {
  debounceMs: 300,
  pollMs: 60_000,
  meetingsInWorker: false,
  oneRun: false,
} as const;

/**
 * Extraction and index building, loaded only when something has to be read: an answer from
 * an unchanged snapshot never loads them.
 */
const building = () => import('../knowledge.js');
/** Parsing (and its schemas), loaded only when some file has to be read. */
const reading = () => import('./loadBriefings.js');

/** The wait before restarting a dead meeting worker: doubled after each death in a row, up to the cap. */
export const WORKER_RESTART_FIRST_MS = 1_000;
export const WORKER_RESTART_MAX_MS = 60_000;

/** How long to wait before restart number `attempt` (0 for the first) of a dead worker. */
export function workerRestartDelayMs(attempt: number): number {
  return Math.min(WORKER_RESTART_MAX_MS, WORKER_RESTART_FIRST_MS * 2 ** Math.min(attempt, 16));
}

interface FileState extends Omit<FileStamp, 'file'> {
  /** The last good version; kept when the file turns bad (say, half written). */
  readonly briefing: Briefing | null;
  /**
   * What is wrong with the file as last read (its skip, in the words of the warning), or null
   * when it was read fine: a file read again in the same bad state is not warned about again.
   */
  readonly problem: string | null;
}

const stateOf = (
  stamp: FileStamp,
  briefing: Briefing | null,
  problem: string | null = null,
): FileState => {
  const { file: _file, ...rest } = stampOf(stamp);
  return { ...rest, briefing, problem };
};

/**
 * The knowledge of a briefings folder, kept current: files added, changed, renamed or
 * deleted are re-indexed in the background (only those files), and the new knowledge is
 * swapped in at once. Queries always read `current`, so a query during a rebuild is
 * answered from the previous knowledge. A folder that becomes unreadable leaves the last
 * good knowledge in place, with one warning.
 */
export class LiveKnowledge {
  readonly dir: string;
  readonly #options: Required<
    Omit<LiveKnowledgeOptions, 'onEvent' | 'cacheDir' | 'meetingWorkerEntry'>
  > &
    Pick<LiveKnowledgeOptions, 'onEvent' | 'cacheDir' | 'meetingWorkerEntry'>;
  #worker: MeetingWorker | null = null;
  /** Deaths of the worker in a row (reset once a restarted one has answered). */
  #workerDeaths = 0;
  #workerRestart: NodeJS.Timeout | undefined;
  /** Where the worker saves what it read, beside the snapshot (when snapshots are on). */
  #readings: SavedReadingsAt | null = null;
  /** The knowledge differs from the stored snapshot. */
  #unsaved = false;
  #current: Knowledge;
  #files: Map<string, FileState>;
  #running: Promise<RebuildReport> | null = null;
  #again = false;
  #folderWarned = false;
  /** The folders the last listing walked, and who watches them (while watching). */
  #folders: readonly ListedFolder[] = [];
  #onListed: ((listed: Listing | null) => void) | null = null;
  #closed = false;
  /** The catch-up after a restart, still running after `open` returned. */
  #catchingUp: Promise<void> | null = null;

  private constructor(
    dir: string,
    knowledge: Knowledge,
    files: Map<string, FileState>,
    options: LiveKnowledgeOptions,
    folders: readonly ListedFolder[],
  ) {
    this.dir = dir;
    this.#folders = folders;
    this.#current = knowledge;
    this.#files = files;
    this.#options = { ...DEFAULTS, ...options };
  }

  /**
   * Loads the folder; throws BriefingsDirError when the folder itself is unusable. From a
   * snapshot, it returns as soon as the files changed since can be searched; with the meeting
   * worker, their meetings follow.
   */
  static async open(dir: string, options: LiveKnowledgeOptions = {}): Promise<LiveKnowledge> {
    const listed = await listBriefingFiles(dir);
    // Left by a process killed while writing a snapshot or readings.
    if (options.cacheDir) await removeStalePartials(options.cacheDir);
    const snapshot = options.cacheDir ? await loadSnapshot(options.cacheDir, dir) : null;
    if (snapshot) {
      // Start from the snapshot, then re-read only what changed since it was taken.
      const files = new Map<string, FileState>();
      for (const stamp of snapshot.stamps) {
        files.set(stamp.file, stateOf(stamp, snapshot.briefings.get(stamp.file) ?? null));
      }
      const live = new LiveKnowledge(dir, snapshot.knowledge, files, options, listed.folders);
      await live.#locateReadings();
      await live.#startWorker();
      await live.#catchUp(listed);
      return live;
    }
    const files = new Map<string, FileState>();
    const briefings: Briefing[] = [];
    const skipped: SkippedFile[] = [...listed.skipped];
    const started = performance.now();
    let reported = started;
    const progress = (phase: BuildPhase, done: number) => {
      const now = performance.now();
      if (
        now - started < PROGRESS_EVERY_MS ||
        (phase === 'read' && now - reported < PROGRESS_EVERY_MS)
      )
        return;
      reported = now;
      options.onEvent?.({ type: 'progress', phase, done, total: listed.files.length });
    };
    let read = 0;
    const { loadListedFiles } = await reading();
    const loaded = await loadListedFiles(listed.files, () => progress('read', ++read));
    for (const [i, listedFile] of listed.files.entries()) {
      const result = loaded[i]!;
      if (result.ok) briefings.push(result.value);
      else skipped.push(result.error);
      files.set(
        listedFile.file,
        result.ok
          ? stateOf(listedFile, result.value)
          : stateOf(listedFile, null, describeSkip(result.error)),
      );
    }
    const { buildKnowledge } = await building();
    const knowledge = buildKnowledge(briefings, skipped, (phase) =>
      progress(phase, listed.files.length),
    );
    const live = new LiveKnowledge(dir, knowledge, files, options, listed.folders);
    live.#unsaved = true;
    await live.#locateReadings();
    await live.#startWorker();
    if (!live.#options.oneRun) await live.saveSnapshot();
    return live;
  }

  /**
   * The first rebuild after a restart from a snapshot: returns once the changed files can be
   * searched, and stores a fresh snapshot when the meetings are done too.
   */
  async #catchUp(listed: Listing): Promise<void> {
    let indexed = () => {};
    const searchable = new Promise<void>((resolve) => (indexed = resolve));
    const done = this.#schedule(indexed, listed).then(async (report) => {
      const changed = report.added + report.changed + report.removed > 0;
      if (changed && !this.#closed && !this.#options.oneRun) await this.saveSnapshot();
    });
    this.#catchingUp = done.catch((error: unknown) =>
      this.#warn(`catching up after the restart: ${String(error)}`),
    );
    await Promise.race([searchable, done]);
  }

  /**
   * Starts the meeting worker, when asked for, with the briefings known so far and what it
   * read from them before the restart. Returns once they are sent, not read: the worker reads
   * them while the first answers are given, and is then ready for changes.
   */
  async #startWorker(): Promise<void> {
    if (!this.#options.meetingsInWorker) return;
    this.#worker = this.#newWorker();
    this.#worker
      .seed([...this.#current.briefings.values()], this.#readings)
      .catch((error: unknown) => this.#workerFailed(error));
  }

  async #locateReadings(): Promise<void> {
    const cacheDir = this.#options.cacheDir;
    this.#readings = cacheDir ? await readingsLocation(cacheDir, this.dir) : null;
  }

  #newWorker(): MeetingWorker {
    return new MeetingWorker({
      ...(this.#options.meetingWorkerEntry ? { entry: this.#options.meetingWorkerEntry } : {}),
      onGone: (reason) => this.#workerGone(reason),
    });
  }

  /** One warning per death; a new worker after the back-off, which works the meetings out again. */
  #workerGone(reason: MeetingWorkerGone): void {
    if (this.#closed) return;
    const delayMs = workerRestartDelayMs(this.#workerDeaths++);
    this.#warn(
      `${reason.message}; restarting it in ${delayMs / 1_000} s (answers keep the meetings known so far)`,
    );
    this.#worker = null;
    this.#workerRestart = setTimeout(() => void this.#restartWorker(), delayMs);
    this.#workerRestart.unref();
  }

  async #restartWorker(): Promise<void> {
    if (this.#closed) return;
    const worker = this.#newWorker();
    this.#worker = worker;
    try {
      await worker.seed([...this.#current.briefings.values()], this.#readings);
      // The meetings of every briefing known now, including changes made while it was down.
      this.#current = withMeetings(this.#current, await worker.extract([], []));
      this.#workerDeaths = 0;
      this.#options.onEvent?.({ type: 'workerRestarted' });
    } catch (error) {
      this.#workerFailed(error);
    }
  }

  #workerFailed(error: unknown): void {
    // A dead worker has warned already, through #workerGone.
    if (!this.#closed && !(error instanceof MeetingWorkerGone))
      this.#warn(`meeting worker: ${String(error)}`);
  }

  /**
   * Stops the meeting worker, if any, and waits for work in progress to end (a rebuild, the
   * snapshot being written); meetings still being extracted are given up.
   */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#workerRestart);
    await this.#worker?.close();
    this.#worker = null;
    await this.#running?.catch(() => {});
    await this.#catchingUp;
  }

  /** Stores the current knowledge as the snapshot a restart starts from (when caching is on). */
  async saveSnapshot(): Promise<boolean> {
    if (!this.#options.cacheDir) return false;
    const stamps = [...this.#files.entries()]
      .map(([file, state]) => stampOf({ ...state, file }))
      .sort((a, b) => (a.file < b.file ? -1 : 1));
    const saved = await writeSnapshot(this.#options.cacheDir, this.dir, stamps, this.#current);
    if (saved) this.#unsaved = false;
    if (!saved || !this.#readings) return saved;
    if (this.#worker) {
      // Not awaited: the worker saves once it has read everything sent before.
      this.#worker.save(this.#readings).catch((error: unknown) => this.#workerFailed(error));
    } else {
      const readings = (await building()).savedReadingsOf(this.#current, this.#readings.build);
      // Failures only cost the next start's meetings their speed, as for the snapshot.
      if (readings) await writeCacheFile(this.#readings.path, seal(readings)).catch(() => {});
    }
    return saved;
  }

  /** True when the knowledge has changed since the snapshot was stored (or none was). */
  get unsaved(): boolean {
    return this.#unsaved;
  }

  /** The knowledge to answer from now. */
  get current(): Knowledge {
    return this.#current;
  }

  get rebuilding(): boolean {
    return this.#running !== null;
  }

  /**
   * Re-reads what changed, and resolves when the meetings are updated too. Calls during a
   * rebuild are folded into one more rebuild after it, and get one report for both.
   */
  rebuild(): Promise<RebuildReport> {
    return this.#schedule();
  }

  /** `indexed` is called once the first rebuild's changes can be searched. */
  #schedule(indexed?: () => void, listed?: Listing): Promise<RebuildReport> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const run = async (): Promise<RebuildReport> => {
      let report = await this.#rebuildOnce(listed, indexed);
      // A closing store starts no further rebuild.
      while (this.#again && !this.#closed) {
        this.#again = false;
        report = backToBack(report, await this.#rebuildOnce());
      }
      return report;
    };
    this.#running = run().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #rebuildOnce(listing?: Listing, indexed?: () => void): Promise<RebuildReport> {
    try {
      return await this.#rebuildFrom(listing, indexed);
    } finally {
      indexed?.();
    }
  }

  async #rebuildFrom(listing?: Listing, indexed?: () => void): Promise<RebuildReport> {
    const started = performance.now();
    const before = this.#current;
    const unchanged = (folderProblem: RebuildReport['folderProblem'] = null): RebuildReport => ({
      briefingsBefore: before.briefings.size,
      briefingsAfter: before.briefings.size,
      meetingsBefore: before.meetings.length,
      meetingsAfter: before.meetings.length,
      added: 0,
      changed: 0,
      removed: 0,
      skipped: before.skipped,
      folderProblem,
      durationMs: performance.now() - started,
    });

    let listed: Listing;
    try {
      listed = listing ?? (await listBriefingFiles(this.dir));
      this.#folderWarned = false;
      this.#folders = listed.folders;
      this.#onListed?.(listed);
    } catch (error) {
      this.#onListed?.(null);
      if (!this.#folderWarned) {
        const reason =
          error instanceof BriefingsDirError ? error.message : 'cannot read the briefings folder';
        this.#warn(`${reason}; still answering from the last good index`);
        this.#folderWarned = true;
      }
      return unchanged(error instanceof BriefingsDirError ? error.reason : 'unreadable');
    }

    const next = new Map<string, FileState>();
    const upserted: Briefing[] = [];
    const skipped: SkippedFile[] = [...listed.skipped];
    // Entries the listing itself skips (broken links, unreadable subfolders) are warned about
    // when they first turn up, like bad files.
    const skippedBefore = new Set(before.skipped.map((entry) => entry.file));
    for (const entry of listed.skipped) {
      if (!skippedBefore.has(entry.file)) this.#warn(describeSkip(entry));
    }
    let added = 0;
    let changed = 0;
    const toRead = listed.files.filter((listedFile) => {
      const old = this.#files.get(listedFile.file);
      return !old || !sameStamp(old, listedFile);
    });
    // A store closing stops reading between batches and keeps the knowledge it had.
    const loadedFiles =
      toRead.length > 0
        ? await (await reading()).loadListedFiles(toRead, undefined, () => this.#closed)
        : [];
    if (this.#closed) return unchanged();
    const read = new Map(loadedFiles.map((loaded, i) => [toRead[i]!.file, loaded]));
    for (const listedFile of listed.files) {
      const { file } = listedFile;
      const old = this.#files.get(file);
      const loaded = read.get(file);
      if (old && !loaded) {
        next.set(file, old);
        if (!old.briefing) skipped.push(...before.skipped.filter((s) => s.file === file));
        continue;
      }
      if (!loaded) continue;
      if (loaded.ok) {
        next.set(file, stateOf(listedFile, loaded.value));
        upserted.push(loaded.value);
        if (old?.briefing) changed++;
        else added++;
        continue;
      }
      skipped.push(loaded.error);
      const problem = describeSkip(loaded.error);
      // Read again in the state it was warned about: its stamp changed, not what is wrong with
      // it (touched, or listed in the middle of a write that the read then saw finished).
      if (old?.problem !== problem)
        this.#warn(problem + (old?.briefing ? '; keeping its previous version' : ''));
      next.set(file, stateOf(listedFile, old?.briefing ?? null, problem));
    }
    const removed = [...this.#files.keys()].filter(
      (file) => !next.has(file) && this.#files.get(file)?.briefing,
    );
    this.#files = next;
    if (upserted.length === 0 && removed.length === 0) {
      this.#current = { ...before, skipped };
      return { ...unchanged(), skipped };
    }

    const changes = { upserted, removed, skipped };
    if (this.#options.meetingsInWorker) {
      // The index first, a slice at a time; the meetings when the worker has them (a dead
      // worker's restart works them out for every briefing, these included).
      this.#current = updateIndex(before, { upserted: [], removed, skipped });
      for (let at = 0; at < upserted.length; at += INDEX_SLICE) {
        await nextTurn();
        // Closing: the rest is left unindexed (no snapshot is saved from here on).
        if (this.#closed) break;
        const slice = upserted.slice(at, at + INDEX_SLICE);
        this.#current = updateIndex(this.#current, { upserted: slice, removed: [], skipped });
      }
      indexed?.();
      try {
        if (this.#worker)
          this.#current = withMeetings(
            this.#current,
            await this.#worker.extract(upserted, removed),
          );
      } catch (error) {
        // A dead worker warned once already; its restart brings these meetings too.
        if (!this.#closed && !(error instanceof MeetingWorkerGone))
          this.#warn(`meetings not updated: ${(error as Error).message}`);
      }
    } else {
      const { updateKnowledge } = await building();
      // Meetings follow from an extractor kept since the last update, or else from the
      // readings saved beside the snapshot: only the changed files are read again.
      const readings = this.#readings;
      const saved = readings && {
        bytes: await readSealedFile(readings.path),
        build: readings.build,
      };
      this.#current = updateKnowledge(before, changes, saved, this.#options.oneRun);
    }
    this.#unsaved = true;
    const after = this.#current;
    const report: RebuildReport = {
      briefingsBefore: before.briefings.size,
      briefingsAfter: after.briefings.size,
      meetingsBefore: before.meetings.length,
      // Read when asked for: meetings worked out on demand are not worked out for a report.
      get meetingsAfter() {
        return after.meetings.length;
      },
      added,
      changed,
      removed: removed.length,
      skipped,
      folderProblem: null,
      durationMs: performance.now() - started,
    };
    this.#options.onEvent?.({ type: 'rebuilt', report });
    return report;
  }

  #warn(message: string): void {
    this.#options.onEvent?.({ type: 'warning', message });
  }

  /**
   * Watches the folder and its subfolders (a watch per folder, see FolderWatch) and rebuilds
   * after file events settle, and on a slow poll as a safety net. While the folder is gone it
   * looks for it every second, and watches it again once it is back. Returns a function that
   * stops watching.
   */
  watch(): () => void {
    let timer: NodeJS.Timeout | undefined;
    let returnPoll: NodeJS.Timeout | undefined;
    let stopped = false;
    const schedule = () => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(
        () => void this.rebuild().catch((error) => this.#warn(String(error))),
        this.#options.debounceMs,
      );
      timer.unref();
    };
    const folders = new FolderWatch(schedule, (message) => this.#warn(message));
    this.#onListed = (listed) => {
      folders.sync(listed?.folders ?? []);
      clearInterval(returnPoll);
      returnPoll = undefined;
      if (!listed && !stopped) {
        returnPoll = setInterval(schedule, FOLDER_RETURN_POLL_MS);
        returnPoll.unref();
      }
    };
    folders.sync(this.#folders);
    const poll = this.#options.pollMs > 0 ? setInterval(schedule, this.#options.pollMs) : undefined;
    poll?.unref();
    return () => {
      stopped = true;
      this.#onListed = null;
      clearTimeout(timer);
      clearInterval(poll);
      clearInterval(returnPoll);
      folders.close();
    };
  }
}
