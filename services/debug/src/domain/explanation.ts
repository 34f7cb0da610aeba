import type { Analysis } from "./analysis.ts";

// The shape every explanation has, and the small helpers the explainers share.

export interface ErrorContext {
  type: string;
  message: string;
  line: number | null;
  code: string;
  lineText?: string;
  names: string[];
  /** the sandbox harness's analysis (friendly-traceback and the values on the line), when present */
  analysis?: Analysis;
}

export interface Explanation {
  title: string;
  explanation: string;
  hints: [string, string, string];
  conceptIds: string[];
  /** the student's identifiers the explanation is about */
  names: string[];
  /** a general explanation: a specific analysis (friendly-traceback's) should replace it */
  weak?: boolean;
}

export type Explainer = (c: ErrorContext) => Explanation;
export const first = (re: RegExp, s: string) => re.exec(s)?.[1];
