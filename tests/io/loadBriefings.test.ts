import { chmod, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/io/listBriefings.js';
import { BriefingsDirError, loadBriefingsFromDir } from '../../src/io/loadBriefings.js';
import { tempBriefings } from '../support/tempBriefings.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folder(files: Record<string, string | Uint8Array>) {
  const made = await tempBriefings(files);
  cleanups.push(made.remove);
  return made.dir;
}

describe('loadBriefingsFromDir', () => {
  it('reads .txt and .md files in nested folders, and nothing else', async () => {
    const dir = await folder({
      'a.txt': 'The ministers met.',
      'sub/b.md': '# Title\n\nText here.',
      'sub/deeper/c.txt': 'More text.',
      'notes.json': '{"not": "a briefing"}',
      '.hidden.txt': 'Ignored.',
    });
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((b) => b.file).sort()).toEqual(['a.txt', 'sub/b.md', 'sub/deeper/c.txt']);
    expect(skipped).toEqual([]);
  });

  it('skips bad files with a reason and loads every good one', async () => {
    const dir = await folder({
      'good.txt': 'date 2023-04-24 The ministers met in Moscow.',
      'empty.txt': '',
      'binary.txt': new Uint8Array([1, 0, 2, 0]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'baddate.txt': 'date 2023-13-01\n\nText.',
    });
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((b) => b.file)).toEqual(['good.txt']);
    expect(Object.fromEntries(skipped.map((s) => [s.file, s.reason]))).toEqual({
      'empty.txt': 'empty',
      'binary.txt': 'binary',
      'latin1.txt': 'invalidUtf8',
      'baddate.txt': 'badDate',
    });
  });

  // Root reads files whatever their mode, so this case only runs as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('skips a file without read permission', async () => {
    const dir = await folder({ 'locked.txt': 'Secret.', 'open.txt': 'Open.' });
    await chmod(join(dir, 'locked.txt'), 0o000);
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((b) => b.file)).toEqual(['open.txt']);
    expect(skipped[0]?.reason).toBe('unreadable');
  });

  it('skips a briefing that is a broken link', async () => {
    const dir = await folder({ 'ok.txt': 'Text.' });
    await symlink(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((b) => b.file)).toEqual(['ok.txt']);
    expect(skipped).toEqual([
      { file: 'dangling.txt', reason: 'unreadable', detail: 'broken link' },
    ]);
  });

  it('follows a symbolic link loop only once', async () => {
    const dir = await folder({ 'sub/a.txt': 'Text.' });
    await symlink(dir, join(dir, 'sub', 'loop'));
    const { briefings } = await loadBriefingsFromDir(dir);
    expect(briefings.map((b) => b.file)).toEqual(['sub/a.txt']);
  });

  it('skips folders nested too deep, saying so, and loads the rest', async () => {
    const deep = Array.from({ length: MAX_DEPTH + 2 }, (_, i) => `d${i}`).join('/');
    const dir = await folder({ 'top.txt': 'Text.', [`${deep}/bottom.txt`]: 'Too deep.' });
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((b) => b.file)).toEqual(['top.txt']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.reason).toBe('tooDeep');
  });

  it('reports a missing folder as an error naming it', async () => {
    await expect(loadBriefingsFromDir('/nonexistent/briefings')).rejects.toThrow(BriefingsDirError);
    await expect(loadBriefingsFromDir('/nonexistent/briefings')).rejects.toThrow(
      '/nonexistent/briefings',
    );
  });

  it('reports a file given as the folder', async () => {
    const dir = await folder({ 'a.txt': 'Text.' });
    await expect(loadBriefingsFromDir(join(dir, 'a.txt'))).rejects.toThrow('not a folder');
  });
});
