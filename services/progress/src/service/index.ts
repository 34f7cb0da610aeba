import { createAlerts } from "./alerts.ts";
import { createClassViews } from "./classes.ts";
import type { ProgressDeps } from "./deps.ts";
import { createDrafts } from "./drafts.ts";
import { createStudentProgress } from "./student-progress.ts";
import { createStudentView } from "./student-view.ts";

export type { ProgressDeps } from "./deps.ts";

/** The progress service's use cases, one object per area, each built from the same dependencies. */
export function createProgress(deps: ProgressDeps) {
  return {
    student: createStudentProgress(deps),
    drafts: createDrafts(deps),
    classes: createClassViews(deps),
    alerts: createAlerts(deps),
    studentView: createStudentView(deps),
  };
}

export type Progress = ReturnType<typeof createProgress>;
