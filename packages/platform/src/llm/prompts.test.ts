import { describe, expect, it } from "vitest";
import { budgetDay, createMemoryBudgetStore } from "./budget.ts";
import { AGENT_FOCUS, systemPromptFor, TUTOR_RULES } from "./prompts.ts";
import { currentContext, newCorrelationId, runWithContext, sanitizeCorrelationId } from "../context.ts";

// What every tutor is told, a student's daily token count, and the correlation id a request carries.

describe("system prompts", () => {
  it("puts the rules first, then the tutor's focus, then the facts as context", () => {
    expect(systemPromptFor("debug", "module: loops")).toBe(
      `${TUTOR_RULES}\n\n${AGENT_FOCUS.debug}\n\nContext (facts from EmberLearn, trust them):\nmodule: loops`,
    );
    expect(systemPromptFor("concepts")).toBe(`${TUTOR_RULES}\n\n${AGENT_FOCUS.concepts}`);
    expect(systemPromptFor("unknown")).toBe(TUTOR_RULES);
    expect(TUTOR_RULES).toContain("Never write the complete solution");
  });
});

describe("token budget store", () => {
  it("adds up each student's tokens per day", async () => {
    const store = createMemoryBudgetStore();
    expect(await store.used("ada", "2026-12-01")).toBe(0);
    await store.add("ada", "2026-12-01", 100);
    await store.add("ada", "2026-12-01", 50);
    await store.add("ada", "2026-12-02", 7);
    await store.add("bob", "2026-12-01", 1);
    expect(await store.used("ada", "2026-12-01")).toBe(150);
    expect(await store.used("ada", "2026-12-02")).toBe(7);
    expect(await store.used("bob", "2026-12-01")).toBe(1);
  });

  it("counts days in UTC", () => {
    expect(budgetDay(new Date("2026-12-01T23:59:59Z"))).toBe("2026-12-01");
    expect(budgetDay(new Date("2026-12-02T00:00:00+01:00"))).toBe("2026-12-01");
  });
});

describe("request context", () => {
  it("travels through async calls and ends with them", async () => {
    expect(currentContext()).toBeUndefined();
    const seen = await runWithContext({ correlationId: "abc", userId: "ada" }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      return currentContext();
    });
    expect(seen).toEqual({ correlationId: "abc", userId: "ada" });
    expect(currentContext()).toBeUndefined();
  });

  it("accepts only short, plain correlation ids from callers", () => {
    expect(sanitizeCorrelationId("req-1.2:3_x")).toBe("req-1.2:3_x");
    expect(sanitizeCorrelationId("a".repeat(128))).toBe("a".repeat(128));
    for (const bad of ["a".repeat(129), "", "line\nbreak", "x y", "<script>", 42, undefined])
      expect(sanitizeCorrelationId(bad), String(bad)).toBeUndefined();
    expect(newCorrelationId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(newCorrelationId()).not.toBe(newCorrelationId());
  });
});
