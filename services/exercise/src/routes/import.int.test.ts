import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONTENT_DIR, readFolder } from "@emberlearn/content";
import { drivers, startExercisePlatform, type Account } from "../testing/exercise-platform.ts";

// Importing an exercise folder as it is published, through the real services: the real auth
// service (teacher and student tokens, classes), the real sandbox (the solution must pass, the
// stub must fail), the exercise service on PGlite and PostgreSQL. The folders are the
// curriculum's own published-layout exercises, read from disk as the studio would upload them.

const published = (slug: string) => {
  const files = readFolder(join(DEFAULT_CONTENT_DIR, "exercises", slug));
  delete files["exercise.yaml"]; // EmberLearn's metadata, not part of the published layout
  return files;
};

describe.each(drivers)("importing a published exercise on $name", ({ open }) => {
  let p: Awaited<ReturnType<typeof startExercisePlatform>>;
  let teacher: Account, ada: Account;
  beforeAll(async () => {
    p = await startExercisePlatform(open);
    [teacher, ada] = await Promise.all([p.teacher("Importing Teacher"), p.student("Ada")]);
    await p.classOf(teacher, ada);
  }, 120_000);
  afterAll(() => p?.stop());

  const post = (who: Account, path: string, body?: unknown) =>
    p.call("exercise", "POST", `/api/exercise${path}`, who.token, body);
  const get = (who: Account, path: string) => p.call("exercise", "GET", `/api/exercise${path}`, who.token);
  const importing = (files: Record<string, string>, extra: Record<string, unknown> = {}) =>
    post(teacher, "/studio/import", { files, module: "oop", difficulty: "medium", ...extra });

  it("accepts a valid folder as a draft with its helper module and, once published, grades with it", async () => {
    const res = await importing(published("library-loans"));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      origin: "teacher",
      status: "draft",
      visibility: "classes",
      module: "oop",
      title: "Library loans",
      moduleName: "library_loans",
      testModule: "library_loans_test",
      files: [],
    });
    expect(Object.keys(res.body.helpers)).toEqual(["loan_fixtures"]);
    expect(res.body.hints).toHaveLength(3);
    expect(res.body.prompt).toMatch(/^## Introduction/);
    const id = res.body.id;
    // a draft: the class does not see it until the teacher publishes it
    expect((await get(ada, `/exercises/${id}`)).status).toBe(404);
    expect((await post(teacher, `/exercises/${id}/publish`, {})).status).toBe(200);
    const view = await get(ada, `/exercises/${id}`);
    expect(view.status).toBe(200);
    expect(JSON.stringify(view.body)).not.toContain("loan_fixtures");
    const solution = published("library-loans")[".meta/example.py"];
    const graded = await post(ada, `/exercises/${id}/submissions`, { code: solution });
    expect(graded.body.grade).toMatchObject({ passed: true, score: 100 });
    expect(graded.body.grade.tests[0]).toMatchObject({ passed: true, outcome: "passed", id: expect.any(String) });
  }, 60_000);

  it("gives students the data files and grades with them; a failure shows the call, expected and actual", async () => {
    const files = published("hiking-log");
    const res = await importing(files, { module: "files", title: "Read a hiking log", id: `hiking-${Date.now()}` });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.files).toEqual([{ path: "hikes.txt", content: files["hikes.txt"] }]);
    await post(teacher, `/exercises/${res.body.id}/publish`, {});
    const view = (await get(ada, `/exercises/${res.body.id}`)).body;
    expect(view.files).toEqual([{ path: "hikes.txt", content: files["hikes.txt"] }]);
    // what the student's Run sends: the data file is there
    const run = await p.call("sandbox", "POST", "/api/sandbox/run", ada.token, {
      code: `${files[".meta/example.py"]}\nprint(total_distance("hikes.txt"))\n`,
      files: view.files,
    });
    expect(run.body).toMatchObject({ status: "ok", stdout: "26.9\n" });
    const wrong = files[".meta/example.py"].replace("return round(sum(", "return round(1 + sum(");
    const graded = (await post(ada, `/exercises/${res.body.id}/submissions`, { code: wrong })).body.grade;
    expect(graded.passed).toBe(false);
    const failed = graded.tests.find((t: { name: string }) => /adds the four hikes/.test(t.name));
    expect(failed).toMatchObject({
      passed: false,
      outcome: "failed",
      description: 'total_distance("hikes.txt") adds the four hikes of the sample log',
      call: expect.stringContaining("total_distance"),
      expected: "26.9",
      actual: "27.9",
    });
    // the submission stores the same teaching results
    const history = (await get(ada, `/exercises/${res.body.id}/submissions`)).body.submissions;
    expect(history[0].results.tests).toEqual(graded.tests);
  }, 60_000);

  it("refuses a solution that fails, naming each failing test with its message", async () => {
    const files = published("study-streak");
    files[".meta/example.py"] = files[".meta/example.py"].replace("best = 0", "best = 1");
    const res = await importing(files, { module: "stdlib", difficulty: "hard" });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/^The reference solution does not pass its tests: \d+ of \d+ checks passed\./);
    expect(res.body.detail).toContain('"No days means no streak"');
    expect(res.body.errors).toEqual([
      {
        field: 'body.files[".meta/example.py"]',
        message: expect.stringMatching(/^fails "No days means no streak" \(.*test_no_days_means_no_streak\): .*1.*0/),
      },
    ]);
  }, 60_000);

  it("refuses a stub that already passes every test", async () => {
    const files = published("study-streak");
    files["study_streak.py"] = files[".meta/example.py"];
    const res = await importing(files, { module: "stdlib", difficulty: "hard" });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'body.files["study_streak.py"]', message: "must fail at least one test" },
    ]);
  }, 60_000);

  it("names the file at fault when the folder cannot be read, and refuses students and taken ids", async () => {
    const files = { ...published("study-streak"), ".meta/config.json": '{"files": {"solution": ["streak.py"]}}' };
    const res = await importing(files);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({
      field: 'body.files[".meta/config.json"]',
      message: expect.stringMatching(/^files.test /),
    });
    const outside = await importing({ ...published("study-streak"), "../../etc/passwd": "x" });
    expect(outside.body.errors[0]).toMatchObject({ field: 'body.files["../../etc/passwd"]' });
    expect((await importing({})).body.errors[0]).toEqual({ field: "body.files", message: "is empty" });
    expect((await importing(published("study-streak"), { module: "cooking" })).body.errors[0].field).toBe(
      "body.module",
    );
    expect(
      (await post(ada, "/studio/import", { files: published("study-streak"), module: "oop", difficulty: "easy" }))
        .status,
    ).toBe(403);
    expect((await importing(published("study-streak"), { id: "word-count" })).status).toBe(409);
  }, 60_000);
});

describe("a curriculum exercise with a data file", () => {
  let p: Awaited<ReturnType<typeof startExercisePlatform>>;
  let ada: Account;
  beforeAll(async () => {
    p = await startExercisePlatform(drivers[0].open);
    ada = await p.student("Ada");
  }, 120_000);
  afterAll(() => p?.stop());

  it("gives the student story.txt, so their Run can open it", async () => {
    const view = (await p.call("exercise", "GET", "/api/exercise/exercises/read-first-line", ada.token)).body;
    expect(view.files).toEqual([{ path: "story.txt", content: expect.stringMatching(/^The Lost Key\n/) }]);
    const code = "with open('story.txt', encoding='utf-8') as f:\n    print(f.readline().strip())\n";
    const run = await p.call("sandbox", "POST", "/api/sandbox/run", ada.token, { code, files: view.files });
    expect(run.body).toMatchObject({ status: "ok", stdout: "The Lost Key\n" });
  }, 60_000);
});
