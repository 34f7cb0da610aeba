import { describe, expect, it } from "vitest";
import { cx } from "./cx";

describe("cx", () => {
  it("joins class lists with one space and leaves out the empty and false ones", () => {
    expect(cx("rounded-md border", "dark:bg-slate-900")).toBe("rounded-md border dark:bg-slate-900");
    expect(cx("px-2", false, undefined, null, "", "ring-2")).toBe("px-2 ring-2");
    expect(cx()).toBe("");
  });
});
