// Long routing patterns are built from their alternatives, one per line, so each reads on its own and a
// change shows as one line in a diff. Write the pieces with String.raw: a backslash then means what it
// means in a regex literal (String.raw`\bhint\b`).

/** `\b(a|b|…)\b`: any of the phrases, as whole words */
export function anyPhrase(phrases: readonly string[], flags = "i"): RegExp {
  return new RegExp(String.raw`\b(${phrases.join("|")})\b`, flags);
}

/** `a|b|…`: any of the patterns, each carrying its own anchors and word boundaries */
export function anyOf(patterns: readonly string[], flags = "i"): RegExp {
  return new RegExp(patterns.join("|"), flags);
}
