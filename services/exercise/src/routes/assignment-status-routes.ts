import { NotFoundError, type App, type Db } from "@emberlearn/platform";
import { attachment, toCsv } from "@emberlearn/platform/csv/csv";
import { assignmentStatus } from "../domain/assignment-status.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import type { Curriculum } from "../repository/curriculum.ts";
import { findCustomExercise } from "../repository/custom-exercise-repository.ts";
import { findAssignment, submissionFacts } from "../repository/teacher-queries.ts";
import { assignmentParams, assignmentStatusGet } from "@emberlearn/contracts/http";

// An assignment's completion, per student of the class: the teacher's table and its CSV.

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function assignmentStatusRoutes(
  app: App,
  deps: { db: Db; curriculum: Curriculum; classes: ClassDirectory; now?: () => Date },
) {
  const now = deps.now ?? (() => new Date());
  async function load(assignmentId: string) {
    const a = await findAssignment(deps.db, assignmentId);
    const cls = a && (await deps.classes.classesOfCaller()).find((c) => c.id === a.classId);
    if (!a || !cls) throw new NotFoundError("Assignment");
    const def =
      deps.curriculum.exercises.find((e) => e.id === a.exerciseId) ?? (await findCustomExercise(deps.db, a.exerciseId));
    const facts = await submissionFacts(
      deps.db,
      cls.students.map((s) => s.id),
      a.exerciseId,
    );
    const at = now();
    const students = cls.students
      .map((s) => ({ ...s, ...assignmentStatus(facts.get(s.id) ?? [], a.dueAt, at) }))
      .sort((x, y) => x.name.localeCompare(y.name));
    return { a, cls, title: def?.title ?? a.exerciseId, module: def?.module ?? "", students };
  }

  app.get(
    "/api/exercise/assignments/:assignmentId/status",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Each student's status on an assignment of my class: not started, in progress, passed, late",
        params: assignmentStatusGet.params,
        response: { 200: assignmentStatusGet.response },
      },
    },
    async (req) => {
      const { a, cls, title, module, students } = await load(req.params.assignmentId);
      const counts = { "not-started": 0, "in-progress": 0, passed: 0, late: 0 };
      for (const s of students) counts[s.status]++;
      return {
        id: a.id,
        classId: cls.id,
        className: cls.name,
        exerciseId: a.exerciseId,
        title,
        module,
        dueAt: a.dueAt,
        counts,
        students,
      };
    },
  );

  app.get(
    "/api/exercise/assignments/:assignmentId/export.csv",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "An assignment's results as CSV, one row per student of the class",
        params: assignmentParams,
      },
    },
    async (req, reply) => {
      const { a, cls, title, students } = await load(req.params.assignmentId);
      const header = [
        "Student",
        "Email",
        "Status",
        "Best score",
        "Submissions",
        "Passed at",
        "Last submission",
        "Due",
        "Detail",
      ];
      const rows = students.map((s) => [
        s.name,
        s.email,
        s.status,
        s.bestScore,
        s.attempts,
        s.passedAt,
        s.lastSubmittedAt,
        a.dueAt,
        s.detail,
      ]);
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", attachment(`${cls.name} - ${title}.csv`));
      return reply.send(toCsv(header, rows));
    },
  );
}
