import { describe, expect, it } from "vitest";
import { readConcepts } from "../repository/content.ts";
import { answerQuestion, followUp } from "./answer.ts";
import { createConceptIndex } from "./search.ts";

describe("concepts tutor on the real curriculum", async () => {
  const concepts = await readConcepts();
  const index = createConceptIndex(concepts);
  const ask = (q: string) => answerQuestion(q, index.search(q, 3), () => "standard");

  it.each([
    ["what's the difference between == and is?", "boolean-logic", /same object/],
    ["is a string mutable?", "strings", /immutable/],
    ["append vs extend", "lists", /adds each item/],
    ["what is the difference between print and return", "return-values", /hands the value back/],
  ])("%s → %s, answered directly", (q, id, says) => {
    const a = ask(q);
    expect(a.conceptIds[0]).toBe(id);
    expect(a.text).toMatch(says);
  });

  it("continues a concept: simpler, then step by step, another example, why", () => {
    const loops = concepts.find((c) => c.id === "for-loops")!;
    const simpler = followUp(loops, "simpler", "simple", { depth: "standard", examplesShown: 0 });
    expect(simpler.depth).toBe("simple");
    expect(simpler.text).toContain(loops.explanations.simple.trim().slice(0, 30));
    const steps = followUp(loops, "simpler", "simple", { depth: "simple", examplesShown: 0 });
    expect(steps.text).toMatch(/one small step at a time[\s\S]*1\. /);
    const first = followUp(loops, "example", "standard", { depth: "standard", examplesShown: 0 });
    const second = followUp(loops, "example", "standard", { depth: "standard", examplesShown: 1 });
    expect(first.text).not.toEqual(second.text);
    expect(first.text).not.toContain(loops.example.trim());
    expect(followUp(loops, "why", "deep", { depth: "standard", examplesShown: 0 }).text).toContain(
      loops.explanations.deep.trim().slice(0, 30),
    );
  });
});
