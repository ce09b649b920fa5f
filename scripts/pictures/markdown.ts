/**
 * The part of Discord's markdown the replies use, read into styled runs: `> ` quotes,
 * `**bold**`, `*italic*`, `` `code` `` and backslash escapes.
 */

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  /** A highlighted mention ("@briefing-bot"). */
  readonly mention?: boolean;
}

/** One line of a text as Discord shows it. */
export interface MarkdownLine {
  readonly quote: boolean;
  readonly runs: readonly Run[];
}

const ESCAPABLE = /[\\*_~`|[\]<>#+\-.!()]/;

function inline(text: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let code = false;
  let current = '';
  const flush = () => {
    if (current.length === 0) return;
    runs.push({
      text: current,
      ...(bold ? { bold } : {}),
      ...(italic ? { italic } : {}),
      ...(code ? { code } : {}),
    });
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const next = text[i + 1] ?? '';
    if (code && char !== '`') current += char;
    else if (char === '\\' && ESCAPABLE.test(next)) {
      current += next;
      i++;
    } else if (char === '*' && next === '*' && (bold || text.indexOf('**', i + 2) !== -1)) {
      flush();
      bold = !bold;
      i++;
    } else if (char === '*' && (italic || text.indexOf('*', i + 1) !== -1)) {
      flush();
      italic = !italic;
    } else if (char === '`') {
      flush();
      code = !code;
    } else current += char;
  }
  flush();
  return runs;
}

/** A text as Discord renders it, line by line. */
export function readMarkdown(text: string): MarkdownLine[] {
  return text.split('\n').map((line) => {
    const quoted = /^> /.exec(line);
    return { quote: quoted !== null, runs: inline(quoted ? line.slice(2) : line) };
  });
}
