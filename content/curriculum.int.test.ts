import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyVariant,
  fleschKincaidGrade,
  vagueTestNames,
  listVariants,
  loadCurriculumSync,
  MODULE_IDS,
  type Curriculum,
  type Exercise,
} from "@emberlearn/content";
import { createSandbox, type Sandbox } from "../services/sandbox/src/domain/index.ts";

// The curriculum, checked as CI must: the schema and references (by loading
// it), the counts, readability, and — in the real sandbox — every concept
// example prints its expected output, every reference solution passes its
// hidden tests (in every variant) and every starter fails them.

const curriculum: Curriculum = loadCurriculumSync();

/** What the exercise service sends the sandbox for this exercise (services/exercise gradingInput). */
const graded = (e: Exercise, code: string) => ({
  code,
  tests: e.tests,
  moduleName: e.moduleName,
  testModule: e.testModule,
  helpers: e.helpers,
  files: e.files,
});

describe("curriculum content", () => {
  it("has the eight modules, 40+ concepts, 64+ exercises and a quiz per module", () => {
    expect(curriculum.modules.map((m) => m.id)).toEqual([...MODULE_IDS]);
    expect(curriculum.concepts.length).toBeGreaterThanOrEqual(40);
    expect(curriculum.exercises.length).toBeGreaterThanOrEqual(64);
    for (const m of MODULE_IDS) {
      const ex = curriculum.exercises.filter((e) => e.module === m);
      const count = (d: string) => ex.filter((e) => e.difficulty === d).length;
      expect({
        module: m,
        total: ex.length >= 8,
        easy: count("easy") >= 3,
        medium: count("medium") >= 3,
        hard: count("hard") >= 2,
      }).toEqual({ module: m, total: true, easy: true, medium: true, hard: true });
      expect(curriculum.concepts.filter((c) => c.module === m).length, `${m} concepts`).toBeGreaterThanOrEqual(5);
      expect(
        curriculum.exercises.filter((e) => e.module === m && e.params).length,
        `${m} parameterized exercises`,
      ).toBeGreaterThanOrEqual(2);
      const quiz = curriculum.quizzes.find((q) => q.module === m);
      expect(quiz, `${m} quiz`).toBeDefined();
      // a pool big enough that two attempts share no question and a third is still mostly new (docs/mastery.md)
      expect(quiz!.questions.length, `${m} quiz pool`).toBeGreaterThanOrEqual(20);
      expect(quiz!.questions.length, `${m} pool per draw`).toBeGreaterThanOrEqual(2.5 * quiz!.perAttempt);
      expect(quiz!.questions.filter((q) => q.kind === "multiple-choice").length).toBeGreaterThanOrEqual(6);
      expect(quiz!.questions.filter((q) => q.kind === "predict-output").length).toBeGreaterThanOrEqual(6);
    }
  });

  it("writes quiz text for plain display: no Markdown backticks, code only in the code field", () => {
    const marked = curriculum.quizzes.flatMap((q) =>
      q.questions
        .filter((x) =>
          [x.prompt, x.explanation, ...(x.kind === "multiple-choice" ? x.options : [])].some((t) => t.includes("`")),
        )
        .map((x) => `${q.id} ${x.id}`),
    );
    expect(marked).toEqual([]);
  });

  it("names every test by what it checks (students see passing tests too)", () => {
    const vague = curriculum.exercises.flatMap((e) => vagueTestNames(e.tests).map((p) => `${e.id}: ${p}`));
    expect(vague).toEqual([]);
  });

  it("reads exercises in the published layout: module name, test module, helpers, data files", () => {
    const published = curriculum.exercises.filter((e) => e.testModule);
    expect(published.map((e) => e.id).sort()).toEqual(["hiking-log", "library-loans", "study-streak"]);
    const byId = (id: string) => published.find((e) => e.id === id)!;
    expect(byId("hiking-log")).toMatchObject({ moduleName: "hiking_log", testModule: "hiking_log_test" });
    expect(byId("hiking-log").files.map((f) => f.path)).toEqual(["hikes.txt"]);
    expect(Object.keys(byId("library-loans").helpers)).toEqual(["loan_fixtures"]);
    expect(byId("study-streak").prompt).toMatch(/^## Introduction[\s\S]*## Instructions/);
    // EmberLearn's own layout keeps its defaults, and may carry data files too
    const own = curriculum.exercises.find((e) => e.id === "read-first-line")!;
    expect(own).toMatchObject({ moduleName: "student", helpers: {} });
    expect(own.files).toEqual([expect.objectContaining({ path: "story.txt" })]);
  });

  it("keeps every explanation, hint and quiz explanation at or below grade 9", () => {
    const texts = [
      ...curriculum.concepts.flatMap((c) =>
        (["simple", "standard", "deep"] as const).map((d) => [`${c.id} (${d})`, c.explanations[d]] as const),
      ),
      ...curriculum.exercises.flatMap((e) => e.hints.map((h, i) => [`${e.id} hint ${i + 1}`, h] as const)),
      ...curriculum.concepts.flatMap((c) =>
        (c.questions ?? []).map((q, i) => [`${c.id} question ${i + 1}`, q.answer] as const),
      ),
      ...curriculum.quizzes.flatMap((q) => q.questions.map((x) => [`${q.id} ${x.id}`, x.explanation] as const)),
    ];
    const hard = texts
      .filter(([, t]) => fleschKincaidGrade(t) > 9)
      .map(([id, t]) => `${id}: ${fleschKincaidGrade(t).toFixed(1)}`);
    expect(hard).toEqual([]);
  });
});

describe("curriculum in the real sandbox", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    // the whole curriculum is queued at once: a queue long enough for it
    // one trusted caller checking everything at once: no per-user share to keep
    sandbox = await createSandbox({ queueLimit: 10_000, perUserWaiting: 10_000, perUser: 64 });
  });
  afterAll(() => sandbox.close());

  it("runs every concept example to its expected output", async () => {
    const results = await Promise.all(
      curriculum.concepts.map(
        async (c) => [c.id, (await sandbox.run({ code: c.example })).stdout === c.expectedOutput] as const,
      ),
    );
    expect(results.filter(([, ok]) => !ok).map(([id]) => id)).toEqual([]);
  });

  it("runs every extra example and every focused answer's example to its expected output", async () => {
    const jobs = curriculum.concepts.flatMap((c) => [
      ...(c.moreExamples ?? []).map((e, i) => [`${c.id} more ${i + 1}`, e.code, e.output] as const),
      ...(c.questions ?? []).map((q, i) => [`${c.id} question ${i + 1}`, q.example, q.expectedOutput] as const),
    ]);
    expect(jobs.length).toBeGreaterThanOrEqual(10);
    const results = await Promise.all(
      jobs.map(async ([id, code, out]) => [id, (await sandbox.run({ code })).stdout === out] as const),
    );
    expect(results.filter(([, ok]) => !ok).map(([id]) => id)).toEqual([]);
  });

  it("passes every reference solution and fails every starter, in every variant", async () => {
    const jobs = curriculum.exercises.flatMap((e) => listVariants(e.params).map((v) => applyVariant(e, v)));
    const problems: string[] = [];
    await Promise.all(
      jobs.map(async (e) => {
        const solution = await sandbox.runTests(graded(e, e.solution));
        if (solution.summary.total === 0 || solution.summary.passed !== solution.summary.total)
          problems.push(
            `${e.id} (${e.title}): solution ${solution.summary.passed}/${solution.summary.total} ${solution.error?.message ?? ""} ${solution.tests.find((t) => !t.passed)?.message ?? ""}`,
          );
        const starter = await sandbox.runTests(graded(e, e.starter));
        if (starter.summary.total > 0 && starter.summary.passed === starter.summary.total)
          problems.push(`${e.id} (${e.title}): the starter already passes`);
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it("answers every predict-the-output question with what CPython prints", async () => {
    const questions = curriculum.quizzes.flatMap((q) =>
      q.questions.filter((x) => x.kind === "predict-output").map((x) => ({ quiz: q.id, ...x })),
    );
    const wrong: string[] = [];
    await Promise.all(
      questions.map(async (q) => {
        const r = await sandbox.run({ code: (q as { code: string }).code });
        if (r.stdout.replace(/\n$/, "") !== q.answer) wrong.push(`${q.quiz} ${q.id}`);
      }),
    );
    expect(wrong).toEqual([]);
  });
});
