import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drivers, startExercisePlatform, type Account } from "../testing/exercise-platform.ts";

// Who sees which exercise, through the real auth service (classes), the real
// sandbox (every exercise is validated there) and the exercise service, on
// PGlite and on PostgreSQL.

const exercise = (id?: string, title = "Double a number") => ({
  ...(id ? { id } : {}),
  module: "functions",
  title,
  difficulty: "easy",
  tags: ["functions"],
  prompt: "Write double(n) that returns n times two.",
  starter: "def double(n):\n    return None\n",
  solution: "def double(n):\n    return n * 2\n",
  tests:
    "import unittest\nfrom student import double\n\n\nclass TestDouble(unittest.TestCase):\n" +
    "    def test_three(self):\n        self.assertEqual(double(3), 6, 'double(3) should be 6')\n",
  hints: ["Think about what doubling means.", "Multiplication makes a number bigger.", "Return n * 2."],
});

describe.each(drivers)("exercise ownership on $name", ({ open }) => {
  let p: Awaited<ReturnType<typeof startExercisePlatform>>;
  let t1: Account, t2: Account, ada: Account, bob: Account, loner: Account;
  beforeAll(async () => {
    p = await startExercisePlatform(open);
    [t1, t2, ada, bob, loner] = await Promise.all([
      p.teacher("Teacher One"),
      p.teacher("Teacher Two"),
      p.student("Ada"),
      p.student("Bob"),
      p.student("Loner"),
    ]);
    await p.classOf(t1, ada);
    await p.classOf(t2, bob);
  }, 120_000);
  afterAll(() => p?.stop());

  const get = (who: Account, path: string) => p.call("exercise", "GET", `/api/exercise${path}`, who.token);
  const post = (who: Account, path: string, body?: unknown) =>
    p.call("exercise", "POST", `/api/exercise${path}`, who.token, body);
  const put = (who: Account, path: string, body: unknown) =>
    p.call("exercise", "PUT", `/api/exercise${path}`, who.token, body);
  const listed = async (who: Account, id: string) =>
    (await get(who, "/exercises")).body.exercises.some((e: { id: string }) => e.id === id);
  const sees = async (who: Account, id: string) => {
    const one = (await get(who, `/exercises/${id}`)).status;
    expect([200, 404]).toContain(one);
    expect(await listed(who, id)).toBe(one === 200);
    return one === 200;
  };

  it("keeps a student's generated practice private to that student", async () => {
    const gen = await post(ada, "/generate", { module: "basics", difficulty: "easy" });
    expect(gen.status).toBe(201);
    expect(gen.body).toMatchObject({ origin: "generated", status: "published", visibility: "private" });
    const id = gen.body.id;
    expect(await sees(ada, id)).toBe(true);
    for (const other of [bob, loner, t1, t2]) expect(await sees(other, id)).toBe(false);
    expect((await post(bob, `/exercises/${id}/submissions`, { code: "pass" })).status).toBe(404);
    expect((await get(bob, `/exercises/${id}/hints/1`)).status).toBe(404);
    expect((await post(bob, "/tutor", { message: "help", exerciseId: id })).status).toBe(404);
    expect((await get(t1, `/exercises/${id}/solution`)).status).toBe(404);
    // not even its author's teacher can change or publish it
    expect((await post(t1, `/exercises/${id}/publish`, { platformWide: true })).status).toBe(404);
  }, 60_000);

  it("shows a teacher's exercise to that teacher's class only, platform-wide only on purpose", async () => {
    const created = await post(t1, "/exercises", exercise());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ origin: "teacher", status: "published", visibility: "classes" });
    const id = created.body.id;
    expect(id).toMatch(/^custom-[0-9a-f-]{36}$/);
    expect(await sees(ada, id)).toBe(true);
    for (const other of [bob, loner, t2]) expect(await sees(other, id)).toBe(false);
    // the class member submits; the others cannot
    const graded = await post(ada, `/exercises/${id}/submissions`, { code: "def double(n):\n    return n * 2\n" });
    expect(graded.body.grade).toMatchObject({ passed: true, score: 100 });
    expect((await post(bob, `/exercises/${id}/submissions`, { code: "pass" })).status).toBe(404);

    const wide = await post(t1, `/exercises/${id}/publish`, { platformWide: true });
    expect(wide.body.visibility).toBe("platform");
    for (const anyone of [ada, bob, loner, t2]) expect(await sees(anyone, id)).toBe(true);
    const back = await post(t1, `/exercises/${id}/publish`, {});
    expect(back.body.visibility).toBe("classes");
    expect(await sees(bob, id)).toBe(false);
  }, 60_000);

  it("lets only the author edit, retire and publish; retiring hides it but keeps submissions", async () => {
    const id = (await post(t1, "/exercises", exercise())).body.id;
    await post(ada, `/exercises/${id}/submissions`, { code: "def double(n):\n    return n + n\n" });

    // another teacher: cannot see a class-only exercise (404), cannot change a visible one (403)
    expect((await put(t2, `/exercises/${id}`, exercise(undefined, "Hijacked"))).status).toBe(404);
    expect((await post(t2, `/exercises/${id}/retire`)).status).toBe(404);
    await post(t1, `/exercises/${id}/publish`, { platformWide: true });
    expect((await put(t2, `/exercises/${id}`, exercise(undefined, "Hijacked"))).status).toBe(403);
    expect((await post(t2, `/exercises/${id}/retire`)).status).toBe(403);
    expect((await post(t2, `/exercises/${id}/publish`, {})).status).toBe(403);
    expect((await post(ada, `/exercises/${id}/retire`)).status).toBe(403);
    expect((await put(t1, "/exercises/rectangle-area", exercise())).status).toBe(403);

    const edited = await put(t1, `/exercises/${id}`, exercise(undefined, "Double it"));
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: "Double it", visibility: "platform", status: "published" });
    expect((await get(ada, `/exercises/${id}`)).body.title).toBe("Double it");
    // an edit is checked in the sandbox again
    const broken = await put(t1, `/exercises/${id}`, { ...exercise(), solution: "def double(n):\n    return n\n" });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].field).toBe("body.solution");

    const retired = await post(t1, `/exercises/${id}/retire`);
    expect(retired.body.status).toBe("retired");
    for (const student of [ada, bob]) expect(await sees(student, id)).toBe(false);
    expect((await post(ada, `/exercises/${id}/submissions`, { code: "pass" })).status).toBe(404);
    const kept = (await get(ada, "/submissions")).body.submissions.filter(
      (s: { exerciseId: string }) => s.exerciseId === id,
    );
    expect(kept).toHaveLength(1);
    const studio = (await get(t1, "/studio/exercises")).body.exercises.find((e: { id: string }) => e.id === id);
    expect(studio).toMatchObject({ status: "retired", solution: exercise().solution });
    expect((await get(t2, `/studio/exercises/${id}`)).status).toBe(404);
    expect((await get(ada, "/studio/exercises")).status).toBe(403);
    // publishing again brings it back
    expect((await post(t1, `/exercises/${id}/publish`, {})).body.status).toBe("published");
    expect(await sees(ada, id)).toBe(true);
  }, 90_000);

  it("keeps a teacher's generated exercise a draft until it is published; a draft cannot be assigned", async () => {
    const gen = await post(t1, "/generate", { module: "basics", difficulty: "medium" });
    expect(gen.body).toMatchObject({ status: "draft", visibility: "classes" });
    const id = gen.body.id;
    expect(await sees(ada, id)).toBe(false);
    expect(await sees(t1, id)).toBe(true);
    const classId = (await p.call("auth", "GET", "/api/auth/classes", t1.token)).body.classes[0].id;
    const assign = await post(t1, "/assignments", { classId, exerciseId: id });
    expect(assign.status).toBe(409);
    expect(assign.body.errors[0]).toEqual({ field: "body.exerciseId", message: "is draft" });
    expect((await post(t1, `/exercises/${id}/publish`, {})).body.status).toBe("published");
    expect(await sees(ada, id)).toBe(true);
    expect(await sees(bob, id)).toBe(false);
    expect((await post(t1, "/assignments", { classId, exerciseId: id })).status).toBe(201);
    const assigned = (await get(ada, "/assignments")).body.assignments;
    expect(assigned.map((a: { exerciseId: string }) => a.exerciseId)).toContain(id);
    // another teacher cannot assign it to their class
    const classOfT2 = (await p.call("auth", "GET", "/api/auth/classes", t2.token)).body.classes[0].id;
    expect((await post(t2, "/assignments", { classId: classOfT2, exerciseId: id })).status).toBe(404);
  }, 60_000);

  it("gives one 201 and one 409 naming body.id when two teachers pick the same id at once", async () => {
    const id = `shared-${Date.now()}`;
    const [a, b] = await Promise.all([post(t1, "/exercises", exercise(id)), post(t2, "/exercises", exercise(id))]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 201 ? { res: a, by: t1 } : { res: b, by: t2 };
    expect(loser.body.errors).toEqual([{ field: "body.id", message: "is already taken" }]);
    expect(loser.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await get(winner.by, `/studio/exercises/${id}`)).body.authorId).toBe(winner.by.id);
    // a curriculum id is taken too
    expect((await post(t1, "/exercises", exercise("rectangle-area"))).status).toBe(409);
  }, 60_000);
});
