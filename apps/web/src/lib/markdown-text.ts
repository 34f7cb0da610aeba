/** Drops a prompt's leading "# Title" when the page already shows that title as its heading. */
export function withoutLeadingTitle(markdown: string, title: string): string {
  const m = /^\s*#\s+(.+?)\s*\n/.exec(markdown);
  if (!m) return markdown;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return norm(m[1]) === norm(title) ? markdown.slice(m[0].length) : markdown;
}
