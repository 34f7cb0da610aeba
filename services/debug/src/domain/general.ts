import type { Explainer } from "./explanation.ts";
import { phrase, say } from "./texts.ts";

// The general explanation of an error type the explainers have nothing more specific for: weak, so the
// sandbox's analysis (friendly-traceback's cause) replaces it when there is one.

type GenericCase = `generic-${"value" | "type" | "attribute" | "import" | "runtime"}`;
type GenericOther = `generic-${"floating-point" | "lookup" | "arithmetic" | "os"}`;

export const generic =
  (id: GenericCase | GenericOther): Explainer =>
  (c) => ({
    ...say(id, c, {
      reason: c.message || phrase("no-message"),
      // never "line ?": a student reads that as a line they cannot find
      line: c.line ? phrase("the-line", { line: String(c.line) }) : phrase("the-line-unknown"),
    }),
    weak: true,
  });
