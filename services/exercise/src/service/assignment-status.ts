import { NotFoundError, type Db } from "@emberlearn/platform";
import { toCsv } from "@emberlearn/platform/csv/csv";
import { assignmentStatus } from "../domain/assignment-status.ts";
import type { ClassDirectory } from "../repository/class-directory.ts";
import { findAssignment, submissionFacts } from "../repository/teacher-queries.ts";
import type { ExerciseService } from "./exercises.ts";

// An assignment's completion, per student of the class: the teacher's table and its CSV.

export interface AssignmentStatusDeps {
  db: Db;
  exercises: Pick<ExerciseService, "find">;
  classes: ClassDirectory;
  now?: () => Date;
}

export function createAssignmentStatus(deps: AssignmentStatusDeps) {
  const now = deps.now ?? (() => new Date());

  /** One of the caller's classes' assignments, each of its students' status sorted by name. */
  async function load(assignmentId: string) {
    const a = await findAssignment(deps.db, assignmentId);
    const cls = a && (await deps.classes.classesOfCaller()).find((c) => c.id === a.classId);
    if (!a || !cls) throw new NotFoundError("Assignment");
    const def = await deps.exercises.find(a.exerciseId);
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

  return {
    async status(assignmentId: string) {
      const { a, cls, title, module, students } = await load(assignmentId);
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

    /** The results as CSV, one row per student, and the file name a download should take. */
    async csv(assignmentId: string) {
      const { a, cls, title, students } = await load(assignmentId);
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
      return { filename: `${cls.name} - ${title}.csv`, csv: toCsv(header, rows) };
    },
  };
}

export type AssignmentStatusService = ReturnType<typeof createAssignmentStatus>;
