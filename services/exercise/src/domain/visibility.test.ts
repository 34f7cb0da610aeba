import { describe, expect, it } from "vitest";
import { canEdit, canSee, dependsOnClasses, type Owned, type Viewer } from "./visibility.ts";

// Who may see and change an exercise: a wrong answer here shows a student another student's practice
// or a teacher's unpublished draft, so every rule is checked from both sides.

const ada: Viewer = { id: "ada", role: "student" };
const bob: Viewer = { id: "bob", role: "student" };
const ms: Viewer = { id: "ms-t", role: "teacher" };
const other: Viewer = { id: "mr-o", role: "teacher" };
const admin: Viewer = { id: "root", role: "admin" };
const teaches = (...ids: string[]) => new Set(ids);
const none = teaches();

const curriculum: Owned = { origin: "curriculum" };
const practice: Owned = { origin: "generated", authorId: "ada", status: "published", visibility: "private" };
const draft: Owned = { origin: "teacher", authorId: "ms-t", status: "draft", visibility: "classes" };
const forClasses: Owned = { origin: "teacher", authorId: "ms-t", status: "published", visibility: "classes" };
const forAll: Owned = { origin: "teacher", authorId: "ms-t", status: "published", visibility: "platform" };
const retired: Owned = { ...forAll, status: "retired" };

describe("who sees an exercise", () => {
  it("shows the curriculum to everyone", () => {
    for (const v of [ada, ms, admin]) expect(canSee(v, curriculum, none)).toBe(true);
  });

  it("keeps a student's practice to that student (and admins)", () => {
    expect(canSee(ada, practice, none)).toBe(true);
    expect(canSee(bob, practice, teaches("ada"))).toBe(false);
    expect(canSee(ms, practice, none)).toBe(false);
    expect(canSee(admin, practice, none)).toBe(true);
  });

  it("shows a draft or a retired exercise only to its author and admins", () => {
    for (const ex of [draft, retired]) {
      expect(canSee(ms, ex, none)).toBe(true);
      expect(canSee(admin, ex, none)).toBe(true);
      expect(canSee(other, ex, none)).toBe(false);
      expect(canSee(ada, ex, teaches("ms-t"))).toBe(false);
    }
  });

  it("shows an exercise published to classes to the author's students only", () => {
    expect(canSee(ada, forClasses, teaches("ms-t"))).toBe(true);
    expect(canSee(ada, forClasses, teaches("mr-o"))).toBe(false);
    expect(canSee(ada, forClasses, none)).toBe(false);
    // another teacher is not one of the author's students
    expect(canSee(other, forClasses, teaches("ms-t"))).toBe(false);
    // an exercise without an author is nobody's class exercise
    expect(canSee(ada, { ...forClasses, authorId: undefined }, teaches("ms-t"))).toBe(false);
  });

  it("shows an exercise published to the platform to everyone", () => {
    for (const v of [ada, bob, other]) expect(canSee(v, forAll, none)).toBe(true);
  });

  it("hides a published exercise with no visibility set", () => {
    expect(canSee(ada, { ...forAll, visibility: undefined }, teaches("ms-t"))).toBe(false);
  });
});

describe("when classes matter", () => {
  it("looks up class teachers only for a student and someone else's exercise published to classes", () => {
    expect(dependsOnClasses(ada, forClasses)).toBe(true);
    expect(dependsOnClasses(ms, forClasses)).toBe(false);
    expect(dependsOnClasses(ada, { ...forClasses, authorId: "ada" })).toBe(false);
    expect(dependsOnClasses(ada, draft)).toBe(false);
    expect(dependsOnClasses(ada, forAll)).toBe(false);
    expect(dependsOnClasses(ada, { ...forClasses, origin: "curriculum" })).toBe(false);
  });
});

describe("who edits an exercise", () => {
  it("lets the author and admins edit, nobody edit the curriculum", () => {
    expect(canEdit(ms, draft)).toBe(true);
    expect(canEdit(admin, draft)).toBe(true);
    expect(canEdit(other, draft)).toBe(false);
    expect(canEdit(ada, forClasses)).toBe(false);
    expect(canEdit(ada, practice)).toBe(true);
    expect(canEdit(admin, curriculum)).toBe(false);
    expect(canEdit(ms, { ...curriculum, authorId: "ms-t" })).toBe(false);
  });
});
