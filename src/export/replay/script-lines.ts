// Node tests: the exported CLI script cut into the statements bash would
// run, with its heredoc files and helper functions set aside.

/** Joins `\` continuations; takes heredocs and function bodies out. */
export function logicalLines(
  script: string,
  files: Map<string, string>,
  helpers: string[],
): string[] {
  const raw = script.split('\n');
  const lines: string[] = [];
  for (let at = 0; at < raw.length; at += 1) {
    let line = raw[at] ?? '';
    const heredoc = /^\s*cat > (\S+) <<'(\w+)'$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const end = raw.indexOf(heredoc[2], at + 1);
      if (end < 0) throw new Error(`heredoc ${heredoc[1]} has no end`);
      files.set(heredoc[1], `${raw.slice(at + 1, end).join('\n')}\n`);
      at = end;
      continue;
    }
    if (/^\w+\(\) \{$/.test(line)) {
      const end = raw.indexOf('}', at + 1);
      if (end < 0) throw new Error(`function has no end: ${line}`);
      helpers.push(raw.slice(at, end + 1).join('\n'));
      at = end;
      continue;
    }
    while (line.endsWith('\\') && at + 1 < raw.length) {
      at += 1;
      line = `${line.slice(0, -1)}${(raw[at] ?? '').trimStart()}`;
    }
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) lines.push(trimmed);
  }
  return lines;
}
