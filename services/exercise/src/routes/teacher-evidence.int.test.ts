import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drivers, startExercisePlatform, type Account } from "../testing/exercise-platform.ts";

// What a teacher sees about their class, through the real auth service, sandbox, exercise and
// progress services: alerts raised by real submissions (and not by look-alikes), the evidence
// behind them, assignments with due dates, and CSV exports read back by Python's csv module.
// "Stuck" is shortened to 3 s of work (gaps over 20 s are breaks) so the test runs in seconds.

const WRONG = "def area(width, height):\n    return width + height\n";
const RIGHT = "def area(width, height):\n    return width * height\n";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Parses CSV with Python's standard csv module, as a spreadsheet import would. */
function pythonCsv(text: string): string[][] {
  const r = spawnSync(
    "python3",
    ["-c", "import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))))"],
    { input: text, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe.each(drivers.slice(0, 1))("the teacher's view of a class on $name", ({ open }) => {
  let p: Awaited<ReturnType<typeof startExercisePlatform>>;
  let teacher: Account, stuck: Account, solver: Account, sneaky: Account;
  let classId = "";
  beforeAll(async () => {
    p = await startExercisePlatform(open, {
      STRUGGLE_STUCK_MINUTES: "0.05",
      STRUGGLE_IDLE_MINUTES: "0.34",
      STRUGGLE_STUCK_ATTEMPTS: "3",
    });
    [teacher, stuck, solver, sneaky] = await Promise.all([
      p.teacher("Ms Rivera"),
      p.student("Stuck Student"),
      p.student("Solver Student"),
      p.student('=HYPERLINK("http://evil.example","click")'),
    ]);
    classId = await p.classOf(teacher, stuck, solver, sneaky);
  }, 120_000);
  afterAll(() => p?.stop());

  const submit = (who: Account, code: string) =>
    p.call("exercise", "POST", "/api/exercise/exercises/rectangle-area/submissions", who.token, { code });
  const alertsOf = async (who: Account) =>
    (await p.call("progress", "GET", "/api/progress/alerts", teacher.token)).body.alerts.filter(
      (a: { studentId: string }) => a.studentId === who.id,
    );

  it("raises 'stuck' after real work on an unsolved exercise: its name, the code and the failing check", async () => {
    for (let i = 0; i < 4; i++) {
      expect((await submit(stuck, WRONG)).status).toBe(200);
      await sleep(1200);
    }
    await expect.poll(async () => (await alertsOf(stuck)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const [alert] = await alertsOf(stuck);
    expect(alert.trigger).toBe("stuck-on-exercise");
    expect(alert.summary).toMatch(
      /^Worked on “Area of a rectangle” for \d+ seconds without passing \(\d submissions?, \d runs? over \d+ s\)$/,
    );
    expect(alert.details.subject).toEqual({ kind: "exercise", id: "rectangle-area", title: "Area of a rectangle" });
    expect(alert.details.code).toBe(WRONG);
    expect(alert.details.codeFrom).toBe("submission");
    expect(alert.details.failingChecks[0].message).toMatch(/returned|expected/);
    expect(alert.details.advice.length).toBeGreaterThan(0);
    expect(alert.details.submissionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("raises nothing when a student who solved the exercise fails re-submissions afterwards", async () => {
    expect((await submit(solver, RIGHT)).body.grade.passed).toBe(true);
    for (let i = 0; i < 4; i++) {
      await submit(solver, WRONG);
      await sleep(1200);
    }
    await sleep(2500); // the stuck sweep runs every 3 s here
    expect(await alertsOf(solver)).toEqual([]);
  });

  it("closes the stuck alert when the student then passes the exercise", async () => {
    expect((await submit(stuck, RIGHT)).body.grade.passed).toBe(true);
    await expect
      .poll(async () => (await alertsOf(stuck)).find((a: { status: string }) => a.status === "open"), {
        timeout: 10_000,
      })
      .toBeUndefined();
    const [closed] = await alertsOf(stuck);
    expect(closed.resolution).toBe("Passed “Area of a rectangle”");
  });

  it("shows the drill-down: student name, submissions with code and per-check results, mastery per day", async () => {
    const view = await p.call("progress", "GET", `/api/progress/students/${stuck.id}`, teacher.token);
    expect(view.status).toBe(200);
    expect(view.body.student.name).toBe("Stuck Student");
    expect(view.body.timeline.at(-1).modules.basics).toBeGreaterThan(0);
    const subs = await p.call("exercise", "GET", `/api/exercise/students/${stuck.id}/submissions`, teacher.token);
    expect(subs.body.submissions).toHaveLength(5);
    const failedOne = subs.body.submissions.find((s: { passed: boolean }) => !s.passed);
    expect(failedOne).toMatchObject({ exerciseTitle: "Area of a rectangle", code: WRONG, module: "basics" });
    expect(failedOne.tests.some((t: { passed: boolean }) => !t.passed)).toBe(true);
    // another teacher's student is not mine
    const other = await p.teacher("Other Teacher");
    expect(
      (await p.call("exercise", "GET", `/api/exercise/students/${stuck.id}/submissions`, other.token)).status,
    ).toBe(403);
  });

  it("shows quiz attempts with the questions as asked, the student's answer and the right one", async () => {
    const start = await p.call("exercise", "POST", "/api/exercise/quizzes/basics-quiz/attempts", stuck.token, {});
    const q = start.body.questions[0];
    const answer = q.kind === "multiple-choice" ? 0 : "nothing";
    await p.call(
      "exercise",
      "POST",
      `/api/exercise/quizzes/basics-quiz/attempts/${start.body.id}/submit`,
      stuck.token,
      {
        answers: { [q.id]: answer },
      },
    );
    const res = await p.call("exercise", "GET", `/api/exercise/students/${stuck.id}/quiz-attempts`, teacher.token);
    const [attempt] = res.body.attempts;
    expect(attempt.quizTitle).toBe("Python basics quiz");
    expect(attempt.questions[0]).toMatchObject({ id: q.id, prompt: q.prompt, given: answer, answered: true });
    expect(attempt.questions[0].expected).not.toBeNull();
    expect(attempt.questions.filter((x: { answered: boolean }) => !x.answered)).toHaveLength(attempt.total - 1);
  });

  it("tracks an assignment with a due date per student, and reminds the student", async () => {
    const dueAt = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const bad = await p.call("exercise", "POST", "/api/exercise/assignments", teacher.token, {
      classId,
      exerciseId: "rectangle-area",
      dueAt: "next friday",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("body.dueAt");
    const made = await p.call("exercise", "POST", "/api/exercise/assignments", teacher.token, {
      classId,
      exerciseId: "rectangle-area",
      dueAt,
    });
    expect(made.status).toBe(201);
    const status = await p.call("exercise", "GET", `/api/exercise/assignments/${made.body.id}/status`, teacher.token);
    const by = Object.fromEntries(
      status.body.students.map((s: { name: string; status: string }) => [s.name, s.status]),
    );
    expect(by["Stuck Student"]).toBe("passed");
    expect(by['=HYPERLINK("http://evil.example","click")']).toBe("not-started");
    const mine = await p.call("exercise", "GET", "/api/exercise/assignments", sneaky.token);
    expect(mine.body.assignments[0]).toMatchObject({ status: "not-started", reminder: "due-soon", dueAt });

    const csv = await rawGet(p, "exercise", `/api/exercise/assignments/${made.body.id}/export.csv`, teacher.token);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const rows = pythonCsv(csv.text);
    expect(rows[0][0]).toBe("Student");
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["Solver Student", "Stuck Student", '\'=HYPERLINK("http://evil.example","click")'].sort());
    expect(rows.find((r) => r[0] === "Stuck Student")!.slice(2, 4)).toEqual(["passed", "100"]);
  });

  it("exports the gradebook as CSV that Python's csv reads as one row per student, formulas defused", async () => {
    const csv = await rawGet(p, "progress", `/api/progress/classes/${classId}/gradebook.csv`, teacher.token);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
    const rows = pythonCsv(csv.text);
    expect(rows).toHaveLength(4); // the header and three students
    const header = rows[0];
    expect(header.slice(0, 2)).toEqual(["Student", "Email"]);
    expect(header).toContain("Exercise: Area of a rectangle");
    expect(header).toContain("Quiz: Python basics");
    expect(header).toContain("Mastery: overall");
    const byName = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(byName["Stuck Student"][header.indexOf("Exercise: Area of a rectangle")]).toBe("100");
    expect(byName["Solver Student"][header.indexOf("Exercise: Area of a rectangle")]).toBe("100");
    expect(byName['\'=HYPERLINK("http://evil.example","click")']).toBeDefined();
  });
});

async function rawGet(
  p: Awaited<ReturnType<typeof startExercisePlatform>>,
  service: "exercise" | "progress",
  path: string,
  token: string,
) {
  const res = await p.raw(service, path, token);
  return { headers: res.headers, text: await res.text() };
}
