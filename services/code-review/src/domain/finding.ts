export type Severity = "info" | "warning" | "error";

export interface Finding {
  rule: string;
  line: number;
  column: number;
  severity: Severity;
  /** what is wrong, in plain language */
  message: string;
  /** what to do about it, without rewriting the program */
  suggestion: string;
  source: "ruff" | "beginner";
}
