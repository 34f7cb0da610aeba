// Joins Tailwind class lists, leaving out the empty and false ones. A long class list is one string Biome
// cannot wrap; written as a few lists (the base look, then its dark: twins) it stays under 120 columns.
// Tailwind still finds every class, as it scans the source for whole class names, not for className="…".
export function cx(...lists: (string | false | null | undefined)[]): string {
  return lists.filter(Boolean).join(" ");
}
