import { NotFoundError } from "@emberlearn/platform";
import { toCsv } from "@emberlearn/platform/csv/csv";
import { buildGradebook } from "../domain/gradebook.ts";
import { computeModuleMastery, computeOverall } from "../domain/mastery.ts";
import { listActivitiesByStudent, listAlerts } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "./deps.ts";

// A teacher's view of one of their classes: the heatmap (every student × module) and the gradebook.
// The class and its students come from the auth service with the teacher's token, so a class that is
// not theirs is not found.
export function createClassViews(deps: ProgressDeps) {
  const classOf = async (classId: string) => {
    const cls = (await deps.roster.classesOfCaller()).find((c) => c.id === classId);
    if (!cls) throw new NotFoundError("Class");
    return cls;
  };

  return {
    async overview(classId: string) {
      const cls = await classOf(classId);
      const ids = cls.students.map((s) => s.id);
      const byStudent = await listActivitiesByStudent(deps.db, ids);
      const open = await listAlerts(deps.db, ids, "open");
      const catalog = [...deps.catalog].sort((a, b) => a.order - b.order);
      return {
        classId: cls.id,
        name: cls.name,
        modules: catalog.map((m) => ({ id: m.id, title: m.title })),
        students: cls.students.map((s) => {
          const acts = byStudent.get(s.id) ?? [];
          const modules = catalog.map((m) => computeModuleMastery(m, acts));
          const overall = computeOverall(modules);
          return {
            ...s,
            overall: overall.mastery,
            level: overall.level.name,
            modules: modules.map((m) => {
              const count = acts.filter((a) => a.moduleId === m.moduleId).length;
              return {
                moduleId: m.moduleId,
                mastery: m.mastery,
                colour: m.level.colour,
                level: m.level.name,
                started: count > 0,
                activities: count,
              };
            }),
            openAlerts: open.filter((a) => a.studentId === s.id).length,
          };
        }),
      };
    },

    /** The gradebook as CSV text, with the class's name for the file's name. */
    async gradebook(classId: string) {
      const cls = await classOf(classId);
      const byStudent = await listActivitiesByStudent(
        deps.db,
        cls.students.map((s) => s.id),
      );
      const { header, rows } = buildGradebook(deps.catalog, cls.students, byStudent);
      return { className: cls.name, csv: toCsv(header, rows) };
    },
  };
}

export type ClassViews = ReturnType<typeof createClassViews>;
