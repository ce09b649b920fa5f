import { type FSWatcher, watch } from 'node:fs';
import type { ListedFolder } from './listBriefings.js';

/**
 * Watches a briefings folder for changes: one non-recursive watch per folder, kept in step
 * with the folders the last listing found. Node's recursive watch on Linux walks the whole
 * tree synchronously on every event, on the thread that answers Discord: 4,000 files created
 * at once froze the bot for about a minute. A watch per folder costs one callback per event,
 * which only restarts the caller's debounce timer; the rebuild that follows lists the folder
 * anyway, and hands the folders it found back here.
 *
 * A folder deleted and made again under the same name is another folder (another inode): its
 * watch is made again at the next sync.
 */
export class FolderWatch {
  readonly #watchers = new Map<string, { readonly ino: number; readonly watcher: FSWatcher }>();
  readonly #onChange: () => void;
  readonly #onProblem: (message: string) => void;
  #warned = false;
  #closed = false;

  /** `onChange` on any event in a watched folder; `onProblem` once if watches cannot be made. */
  constructor(onChange: () => void, onProblem: (message: string) => void) {
    this.#onChange = onChange;
    this.#onProblem = onProblem;
  }

  /** How many folders are watched now. */
  get size(): number {
    return this.#watchers.size;
  }

  /** Watches exactly `folders`: new or replaced ones are watched, the others' watches closed. */
  sync(folders: readonly ListedFolder[]): void {
    if (this.#closed) return;
    const wanted = new Map(folders.map((folder) => [folder.path, folder.ino]));
    for (const [path, watched] of this.#watchers) {
      if (wanted.get(path) !== watched.ino) this.#unwatch(path);
    }
    for (const [path, ino] of wanted) {
      if (!this.#watchers.has(path)) this.#watch(path, ino);
    }
  }

  #watch(path: string, ino: number): void {
    try {
      const watcher = watch(path, { persistent: false }, () => this.#onChange());
      // A watched folder removed or unreadable: forget its watch, and let a rebuild look.
      watcher.on('error', () => {
        this.#unwatch(path);
        this.#onChange();
      });
      this.#watchers.set(path, { ino, watcher });
    } catch (error) {
      // Out of inotify watches (ENOSPC), say: the caller's poll still finds changes.
      if (this.#warned) return;
      this.#warned = true;
      this.#onProblem(
        `cannot watch ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); changes there are found by the periodic re-check`,
      );
    }
  }

  #unwatch(path: string): void {
    this.#watchers.get(path)?.watcher.close();
    this.#watchers.delete(path);
  }

  close(): void {
    this.#closed = true;
    for (const path of [...this.#watchers.keys()]) this.#unwatch(path);
  }
}
