// Quoting for the bash the exports write.

/** Shell single quotes; a quote inside becomes `'"'"'`. */
export function singleQuote(text: string): string {
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}

/**
 * `cat > NAME <<'EOF'` with the file's text; the quoted delimiter keeps
 * `$` and backslashes literal, and changes if a line of the file is EOF.
 */
export function heredoc(name: string, content: string): string {
  const lines = content.replace(/\n$/, '').split('\n');
  let delimiter = 'EOF';
  for (let n = 1; lines.includes(delimiter); n += 1) delimiter = `EOF_${n}`;
  return [`cat > ${name} <<'${delimiter}'`, ...lines, delimiter].join('\n');
}

/**
 * Joins a command's word groups (`-H "…"`, `--data …`) on one line, or,
 * past `width`, one group per `\`-continued line.
 */
export function joinGroups(
  groups: readonly (readonly string[])[],
  width = 78,
): string {
  const words = groups.map((group) => group.join(' '));
  const line = words.join(' ');
  if (line.length <= width) return line;
  const [first = '', ...rest] = words;
  return [first, ...rest.map((word) => `  ${word}`)].join(' \\\n');
}
