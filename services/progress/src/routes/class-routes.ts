import { NotFoundError, type App } from "@emberlearn/platform";
import { attachment, toCsv } from "@emberlearn/platform/csv/csv";
import { buildGradebook } from "../domain/gradebook.ts";
import { computeModuleMastery, computeOverall } from "../domain/mastery.ts";
import { listActivitiesByStudent, listAlerts } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "../app.ts";
import { classOverview, classParams } from "@emberlearn/contracts/http";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };
export function classRoutes(app: App, deps: ProgressDeps) {
  const classOf = async (classId: string) => {
    const cls = (await deps.roster.classesOfCaller()).find((c) => c.id === classId);
    if (!cls) throw new NotFoundError("Class");
    return cls;
  };

  app.get(
    "/api/progress/classes/:classId/overview",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Class heatmap: every student × module mastery, and whether they started the module",
        params: classOverview.params,
        response: { 200: classOverview.response },
      },
    },
    async (req) => {
      const cls = await classOf(req.params.classId);
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
  );

  app.get(
    "/api/progress/classes/:classId/gradebook.csv",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "The class gradebook as CSV: one row per student; best score per exercise, best attempt per quiz, " +
          "mastery per module and overall (blank: never tried)",
        params: classParams,
      },
    },
    async (req, reply) => {
      const cls = await classOf(req.params.classId);
      const byStudent = await listActivitiesByStudent(
        deps.db,
        cls.students.map((s) => s.id),
      );
      const { header, rows } = buildGradebook(deps.catalog, cls.students, byStudent);
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", attachment(`${cls.name} gradebook.csv`));
      // no byte-order mark: CSV readers would take it as part of the first column's name
      return reply.send(toCsv(header, rows));
    },
  );
}
