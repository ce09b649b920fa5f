/**
 * `npm run pictures`: answers the commands of the pictures in docs/ from `seeds/` with the bot's
 * own reply code and writes docs/pictures/*.svg. Run it whenever a change alters those
 * answers or how they are drawn; the pictures test says when.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersFrom, drawScenes, PICTURES_DIR } from './pictures/scenes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pictures = await drawScenes(await answersFrom(join(root, 'seeds')));
await mkdir(join(root, PICTURES_DIR), { recursive: true });
for (const [file, svg] of pictures) {
  await writeFile(join(root, PICTURES_DIR, file), svg);
  process.stdout.write(`wrote ${join(PICTURES_DIR, file)}\n`);
}
