import type { Logger } from "@emberlearn/platform";
import type { ClassDirectory } from "../repository/class-directory.ts";
import type { RequestViewer, Viewer } from "../domain/visibility.ts";

/** Who is asking, with the teachers of their classes looked up once per request and only when needed. */
export function viewerOf(user: Viewer, classes: ClassDirectory): RequestViewer {
  let teachers: Promise<Set<string>> | undefined;
  return {
    id: user.id,
    role: user.role,
    classTeacherIds: () =>
      (teachers ??= user.role === "student" ? classes.teacherIdsOfCaller() : Promise.resolve(new Set())),
  };
}

/**
 * For lists: when the auth service cannot answer, class-only exercises are left out (fail closed)
 * rather than failing the page.
 */
export function degradedViewer(viewer: RequestViewer, logger: Pick<Logger, "warn">): RequestViewer {
  return {
    ...viewer,
    classTeacherIds: () =>
      viewer.classTeacherIds().catch((err) => {
        logger.warn({ err: (err as Error).message }, "class lookup failed; listing without class exercises");
        return new Set<string>();
      }),
  };
}
