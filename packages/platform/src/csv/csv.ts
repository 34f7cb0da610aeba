// CSV as spreadsheets and LMS gradebooks import it (RFC 4180): a header row, then one row per
// record; CRLF line ends; a field is quoted when it holds a comma, a quote or a line break.
// Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) is prefixed with an apostrophe, so "=HYPERLINK(…)" typed as a name stays text.
// Numbers are written as numbers; null and undefined as an empty cell.

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = typeof value === "boolean" ? (value ? "yes" : "no") : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** A Content-Disposition value for a download, with a plain-ASCII fallback name. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\w.-]+/g, "-");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
