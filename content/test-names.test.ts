import { describe, expect, it } from "vitest";
import { loadCurriculumSync } from "@emberlearn/content";

// A student reads each check by what it checks (the test's docstring, or its method name in
// words), so a test named only by a number (test_1) must carry a docstring saying what it checks.

describe("every curriculum test says what it checks", () => {
  for (const e of loadCurriculumSync().exercises)
    it(e.id, () => {
      const bare = [...e.tests.matchAll(/def (test_?\d+)\(self\):\n(\s*)(.*)/g)]
        .filter(([, , , next]) => !/^("""|''')/.test(next!.trim()))
        .map(([, name]) => name);
      expect(bare, `${e.id}: tests named by a number without a docstring`).toEqual([]);
    });
});
