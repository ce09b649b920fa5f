/**
 * Draws a Discord message as Discord's dark theme shows it — avatar, name and APP badge, the
 * command or message it answers, embeds with their colour bar, title, description, fields and
 * footer, and buttons — as an SVG. Every position comes from the fixed metrics in metrics.ts,
 * so the same reply always gives the same picture, byte for byte.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { DiscordReply } from '../../src/render/discord.js';
import { type MarkdownLine, readMarkdown, type Run } from './markdown.js';
import { FONT_FAMILY, type FontStyle, textWidth } from './metrics.js';

/** What the bot's message answers: a slash command, or a member's message that mentions it. */
export type Prompt =
  | { readonly kind: 'command'; readonly member: string; readonly command: string }
  | { readonly kind: 'mention'; readonly member: string; readonly text: string };

export interface Picture {
  readonly title: string;
  readonly prompt: Prompt;
  readonly bot: string;
  readonly reply: DiscordReply;
}

const WIDTH = 760;
const GUTTER = 72;
const EMBED_WIDTH = 520;
const FONT = FONT_FAMILY;
const MONO = "Menlo, Consolas, 'DejaVu Sans Mono', monospace";

const COLOURS = Object.freeze({
  background: '#313338',
  text: '#dbdee1',
  header: '#f2f3f5',
  muted: '#949ba4',
  embed: '#2b2d31',
  quoteBar: '#4e5058',
  code: '#1e1f22',
  mention: '#3c4270',
  mentionText: '#c9cdfb',
  command: '#00a8fc',
  primary: '#5865f2',
  secondary: '#4e5058',
  success: '#248046',
  danger: '#da373c',
  botAvatar: '#5865f2',
  memberAvatar: '#3ba55c',
});

const TEXT = { size: 14, lineHeight: 19 };
const TITLE = { size: 16, lineHeight: 22 };
const SMALL = { size: 12, lineHeight: 16 };

const round = (value: number) => Math.round(value * 10) / 10;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One run of text at a place, with its measured length so any font keeps to it. */
function textElement(
  x: number,
  baseline: number,
  text: string,
  style: FontStyle & { readonly italic?: boolean },
  fill: string,
): string {
  const width = textWidth(text, style);
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(baseline)}"`,
    `font-size="${style.size}"`,
    ...(style.bold ? ['font-weight="700"'] : []),
    ...(style.italic ? ['font-style="italic"'] : []),
    ...(style.monospace ? [`font-family="${MONO}"`] : []),
    `fill="${fill}"`,
    `textLength="${round(width)}"`,
    'lengthAdjust="spacingAndGlyphs"',
  ];
  return `<text ${attributes.join(' ')} xml:space="preserve">${escapeXml(text)}</text>`;
}

interface Piece extends Run {
  readonly width: number;
}

const styleOf = (run: Run, size: number, bold = false): FontStyle => ({
  size: run.code ? size - 1 : size,
  bold: bold || (run.bold ?? false),
  monospace: run.code ?? false,
});

/** Runs cut into words (each keeping the spaces after it), measured. */
function piecesOf(runs: readonly Run[], size: number, bold: boolean): Piece[] {
  return runs.flatMap((run) =>
    (run.text.match(/\S+\s*|\s+/g) ?? []).map((text) => ({
      ...run,
      text,
      width: textWidth(text, styleOf(run, size, bold)),
    })),
  );
}

/** A word wider than a line, cut into pieces that fit. */
function splitWide(piece: Piece, maxWidth: number, size: number, bold: boolean): Piece[] {
  const parts: Piece[] = [];
  let text = '';
  for (const char of piece.text) {
    const candidate = text + char;
    if (text && textWidth(candidate, styleOf(piece, size, bold)) > maxWidth) {
      parts.push({ ...piece, text, width: textWidth(text, styleOf(piece, size, bold)) });
      text = char;
    } else text = candidate;
  }
  parts.push({ ...piece, text, width: textWidth(text, styleOf(piece, size, bold)) });
  return parts;
}

/** Greedy line breaking, as a browser does for normal text. */
function wrap(runs: readonly Run[], maxWidth: number, size: number, bold: boolean): Piece[][] {
  const lines: Piece[][] = [[]];
  let used = 0;
  for (const whole of piecesOf(runs, size, bold)) {
    const pieces = whole.width > maxWidth ? splitWide(whole, maxWidth, size, bold) : [whole];
    for (const piece of pieces) {
      const visible = textWidth(piece.text.trimEnd(), styleOf(piece, size, bold));
      const line = lines.at(-1) as Piece[];
      if (line.length > 0 && used + visible > maxWidth) {
        lines.push([piece]);
        used = piece.width;
      } else {
        line.push(piece);
        used += piece.width;
      }
    }
  }
  return lines;
}

/** Elements drawn so far and the height they take. */
interface Drawn {
  readonly elements: string[];
  readonly height: number;
}

function colourOfRun(run: Run, base: string): string {
  if (run.mention) return COLOURS.mentionText;
  return base;
}

/** Lines of runs from `top`, within `maxWidth`; returns the elements and the height used. */
function drawRuns(
  x: number,
  top: number,
  runs: readonly Run[],
  maxWidth: number,
  font: { size: number; lineHeight: number },
  fill: string,
  bold = false,
): Drawn {
  const elements: string[] = [];
  const lines = wrap(runs, maxWidth, font.size, bold);
  lines.forEach((line, index) => {
    const baseline = top + index * font.lineHeight + font.size;
    let cursor = x;
    // Adjacent pieces in one style are drawn as one run.
    const merged: Piece[] = [];
    for (const piece of line) {
      const last = merged.at(-1);
      if (
        last &&
        last.bold === piece.bold &&
        last.italic === piece.italic &&
        last.code === piece.code &&
        last.mention === piece.mention
      )
        merged[merged.length - 1] = {
          ...last,
          text: last.text + piece.text,
          width: last.width + piece.width,
        };
      else merged.push(piece);
    }
    merged.forEach((piece, position) => {
      const text = position === merged.length - 1 ? piece.text.trimEnd() : piece.text;
      const style = { ...styleOf(piece, font.size, bold), italic: piece.italic ?? false };
      const width = textWidth(text, style);
      if (piece.code)
        elements.push(
          `<rect x="${round(cursor - 1)}" y="${round(baseline - font.size + 1)}" width="${round(width + 2)}" height="${font.size + 4}" rx="3" fill="${COLOURS.code}"/>`,
        );
      if (piece.mention)
        elements.push(
          `<rect x="${round(cursor - 2)}" y="${round(baseline - font.size)}" width="${round(width + 4)}" height="${font.size + 5}" rx="3" fill="${COLOURS.mention}"/>`,
        );
      if (text.length > 0)
        elements.push(textElement(cursor, baseline, text, style, colourOfRun(piece, fill)));
      cursor += textWidth(piece.text, style);
    });
  });
  return { elements, height: lines.length * font.lineHeight };
}

/** A markdown text (description, field value): quotes get Discord's grey bar. */
function drawMarkdown(
  x: number,
  top: number,
  lines: readonly MarkdownLine[],
  maxWidth: number,
  fill: string,
): Drawn {
  const elements: string[] = [];
  let y = top;
  for (const line of lines) {
    const indent = line.quote ? 12 : 0;
    const drawn = drawRuns(
      x + indent,
      y,
      line.runs.length > 0 ? line.runs : [{ text: ' ' }],
      maxWidth - indent,
      TEXT,
      fill,
    );
    if (line.quote)
      elements.push(
        `<rect x="${x}" y="${round(y)}" width="4" height="${drawn.height}" rx="2" fill="${COLOURS.quoteBar}"/>`,
      );
    elements.push(...drawn.elements);
    y += drawn.height;
  }
  return { elements, height: y - top };
}

const plain = (text: string): Run[] => [{ text }];

function hexColour(colour: number | undefined): string {
  return `#${(colour ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
}

function drawEmbed(x: number, top: number, embed: APIEmbed): Drawn {
  const inner = EMBED_WIDTH - 4 - 12 - 16;
  const left = x + 4 + 12;
  const elements: string[] = [];
  let y = top + 8;
  if (embed.title) {
    const title = drawRuns(left, y, plain(embed.title), inner, TITLE, COLOURS.header, true);
    elements.push(...title.elements);
    y += title.height + 4;
  }
  if (embed.description) {
    const description = drawMarkdown(left, y, readMarkdown(embed.description), inner, COLOURS.text);
    elements.push(...description.elements);
    y += description.height + 4;
  }
  const fields = embed.fields ?? [];
  for (let index = 0; index < fields.length;) {
    // Up to three inline fields share a row, as in Discord.
    const row = [fields[index]!];
    while (row.length < 3 && row[0]!.inline && fields[index + row.length]?.inline)
      row.push(fields[index + row.length]!);
    const columnWidth = row.length === 1 ? inner : (inner - 8 * (row.length - 1)) / row.length;
    let rowHeight = 0;
    row.forEach((field, column) => {
      const fieldLeft = left + column * (columnWidth + 8);
      const name = drawRuns(
        fieldLeft,
        y + 4,
        readMarkdown(field.name)[0]?.runs ?? [],
        columnWidth,
        TEXT,
        COLOURS.header,
        true,
      );
      const value = drawMarkdown(
        fieldLeft,
        y + 4 + name.height + 2,
        readMarkdown(field.value),
        columnWidth,
        COLOURS.text,
      );
      elements.push(...name.elements, ...value.elements);
      rowHeight = Math.max(rowHeight, 4 + name.height + 2 + value.height);
    });
    y += rowHeight + 4;
    index += row.length;
  }
  if (embed.footer?.text) {
    const footer = drawRuns(left, y + 6, plain(embed.footer.text), inner, SMALL, COLOURS.muted);
    elements.push(...footer.elements);
    y += 6 + footer.height;
  }
  const height = y - top + 12;
  return {
    elements: [
      `<rect x="${x}" y="${round(top)}" width="${EMBED_WIDTH}" height="${round(height)}" rx="4" fill="${COLOURS.embed}"/>`,
      `<rect x="${x}" y="${round(top)}" width="4" height="${round(height)}" rx="2" fill="${hexColour(embed.color)}"/>`,
      ...elements,
    ],
    height,
  };
}

const BUTTON_COLOURS: Readonly<Record<number, string>> = {
  1: COLOURS.primary,
  2: COLOURS.secondary,
  3: COLOURS.success,
  4: COLOURS.danger,
  5: COLOURS.secondary,
};

function drawButtons(x: number, top: number, rows: DiscordReply['components']): Drawn {
  const elements: string[] = [];
  let y = top;
  for (const row of rows as readonly APIActionRowComponent<APIButtonComponent>[]) {
    let cursor = x;
    for (const button of row.components) {
      const label = 'label' in button && button.label ? button.label : '';
      const width = Math.round(textWidth(label, { size: 14, bold: true }) + 32);
      elements.push(
        `<rect x="${cursor}" y="${y}" width="${width}" height="32" rx="3" fill="${BUTTON_COLOURS[button.style] ?? COLOURS.secondary}"/>`,
        textElement(cursor + 16, y + 21, label, { size: 14, bold: true }, '#ffffff'),
      );
      cursor += width + 8;
    }
    y += 32 + 8;
  }
  return { elements, height: y - top };
}

function avatar(x: number, y: number, size: number, fill: string, letter: string): string[] {
  const r = size / 2;
  return [
    `<circle cx="${x + r}" cy="${y + r}" r="${r}" fill="${fill}"/>`,
    textElement(
      x + r - textWidth(letter, { size: size * 0.45, bold: true }) / 2,
      y + r + size * 0.16,
      letter,
      { size: size * 0.45, bold: true },
      '#ffffff',
    ),
  ];
}

/** The line above a reply: who used which command, or the message it replies to. */
function drawPromptLine(top: number, prompt: Prompt): Drawn {
  const elements = [
    `<path d="M 36 ${top + 26} v -8 a 6 6 0 0 1 6 -6 h 24" fill="none" stroke="${COLOURS.quoteBar}" stroke-width="2"/>`,
    ...avatar(GUTTER, top + 4, 16, COLOURS.memberAvatar, prompt.member.charAt(0).toUpperCase()),
  ];
  let x = GUTTER + 20;
  const name = textElement(x, top + 16, prompt.member, { size: 14, bold: true }, COLOURS.header);
  x += textWidth(prompt.member, { size: 14, bold: true }) + 4;
  elements.push(name);
  if (prompt.kind === 'command') {
    elements.push(textElement(x, top + 16, 'used', { size: 14 }, COLOURS.muted));
    x += textWidth('used ', { size: 14 });
    elements.push(textElement(x, top + 16, prompt.command, { size: 14 }, COLOURS.command));
  } else {
    const room = WIDTH - 16 - x;
    let text = prompt.text;
    while (textWidth(text, { size: 14 }) > room && text.length > 1) text = `${text.slice(0, -2)}…`;
    elements.push(textElement(x, top + 16, text, { size: 14 }, COLOURS.muted));
  }
  return { elements, height: 22 };
}

/** The message header: avatar, name and, for the bot, the APP badge. */
function drawHeader(top: number, name: string, isBot: boolean, letter: string): Drawn {
  const elements = [
    ...avatar(16, top, 40, isBot ? COLOURS.botAvatar : COLOURS.memberAvatar, letter),
    textElement(GUTTER, top + 16, name, { size: 16, bold: true }, COLOURS.header),
  ];
  if (isBot) {
    const x = GUTTER + textWidth(name, { size: 16, bold: true }) + 6;
    const badge = textWidth('APP', { size: 10, bold: true });
    elements.push(
      `<rect x="${round(x)}" y="${top + 3}" width="${round(badge + 8)}" height="15" rx="3" fill="${COLOURS.primary}"/>`,
      textElement(x + 4, top + 14.5, 'APP', { size: 10, bold: true }, '#ffffff'),
    );
  }
  return { elements, height: 22 };
}

/** A member's message that mentions the bot: the mention highlighted as Discord shows it. */
function drawMemberMessage(top: number, member: string, text: string, bot: string): Drawn {
  const header = drawHeader(top, member, false, member.charAt(0).toUpperCase());
  const mention = `@${bot}`;
  const runs: Run[] = text.startsWith(mention)
    ? [{ text: mention, mention: true }, { text: text.slice(mention.length) }]
    : plain(text);
  const body = drawRuns(GUTTER, top + header.height, runs, WIDTH - GUTTER - 16, TEXT, COLOURS.text);
  return {
    elements: [...header.elements, ...body.elements],
    height: Math.max(44, header.height + body.height) + 16,
  };
}

/** The whole picture of one reply, as an SVG document. */
export function drawPicture(picture: Picture): string {
  const elements: string[] = [];
  let y = 16;
  if (picture.prompt.kind === 'mention') {
    const message = drawMemberMessage(y, picture.prompt.member, picture.prompt.text, picture.bot);
    elements.push(...message.elements);
    y += message.height;
  }
  const promptLine = drawPromptLine(y, picture.prompt);
  elements.push(...promptLine.elements);
  y += promptLine.height;
  const header = drawHeader(y, picture.bot, true, picture.bot.charAt(0).toUpperCase());
  elements.push(...header.elements);
  y += header.height + 2;
  if (picture.reply.content) {
    const content = drawMarkdown(
      GUTTER,
      y,
      readMarkdown(picture.reply.content),
      WIDTH - GUTTER - 16,
      COLOURS.text,
    );
    elements.push(...content.elements);
    y += content.height + 4;
  }
  for (const embed of picture.reply.embeds) {
    const drawn = drawEmbed(GUTTER, y, embed);
    elements.push(...drawn.elements);
    y += drawn.height + 4;
  }
  if (picture.reply.components.length > 0) {
    const buttons = drawButtons(GUTTER, y + 4, picture.reply.components);
    elements.push(...buttons.elements);
    y += 4 + buttons.height;
  }
  const height = Math.round(y + 12);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(picture.title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="${COLOURS.background}"/>`,
    ...elements,
    '</svg>',
    '',
  ].join('\n');
}
