import { describe, expect, it } from "vitest";
import { applyVariant, fleschKincaidGrade, listVariants, loadCurriculumSync } from "@emberlearn/content";
import { checkHints, solutionSteps, spelledOut } from "@emberlearn/content/hint-check";

// Every hint of every exercise, in every variant, compared with the reference solution: no hint
// quotes a solution line or holds code that nearly is one, the pointed third hint is a question,
// and the three hints together do not name most of the solution's steps.
const curriculum = loadCurriculumSync();

describe("hint ladders teach without telling", () => {
  it("flags nothing in the curriculum", () => {
    const flagged = curriculum.exercises.flatMap((e) =>
      listVariants(e.params).flatMap((v) => {
        const x = applyVariant(e, v);
        return checkHints(x.hints, x.solution).map((p) => `${e.id} hint ${p.hint}: ${p.problem}`);
      }),
    );
    expect([...new Set(flagged)]).toEqual([]);
  });

  it("keeps the pointed questions readable at grade 9", () => {
    const hard = curriculum.exercises
      .map((e) => [e.id, fleschKincaidGrade(e.hints[2])] as const)
      .filter(([, g]) => g > 9);
    expect(hard).toEqual([]);
  });

  it("catches the leaks it is meant to catch", () => {
    const solution =
      "def word_count(text):\n    counts = {}\n    for word in text.lower().split():\n        counts[word] = counts.get(word, 0) + 1\n    return counts\n";
    const leaky = [
      "Split it.",
      "Use a dictionary.",
      "For each lowercase word, set `counts[word] = counts.get(word, 0) + 1`.",
    ];
    const problems = checkHints(leaky, solution).map((p) => p.problem);
    expect(problems.some((p) => p.startsWith("quotes the solution line"))).toBe(true);
    expect(problems).toContain("the pointed hint is not a question");
    expect(checkHints(["Try `counts[word] += 1` here?"], "counts[word] = counts[word] + 1\n")[0]?.problem).toMatch(
      /nearly the solution line/,
    );
    const spelled = [
      "Use `text.lower().split()` in a `for word` loop.",
      "Keep `counts = {}`.",
      "Set `counts[word]` with `counts.get(word, 0) + 1`?",
    ];
    expect(spelledOut(spelled, solutionSteps(solution))).toBeGreaterThan(0.5);
    expect(
      checkHints(
        [
          "Split the text into words first.",
          "A dictionary can map words to counts.",
          "What count does a new word start from?",
        ],
        solution,
      ),
    ).toEqual([]);
  });
});
