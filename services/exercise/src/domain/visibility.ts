// Who may see an exercise. Curriculum exercises are for everyone. Everything
// else has an author, a status and a visibility:
// - a student's generated practice is private to that student;
// - a teacher's exercise starts as a draft (generated) or published to the
//   teacher's own classes (written); platform-wide only when the teacher asks;
// - retired exercises are hidden from students, their submissions kept.
// The author (and an admin) always sees their own, in every status.

export type ExerciseStatus = "draft" | "published" | "retired";
export type ExerciseVisibility = "private" | "classes" | "platform";

export interface Viewer {
  id: string;
  role: "student" | "teacher" | "admin";
}

/** A viewer whose class teachers are looked up only when an exercise's visibility depends on them. */
export interface RequestViewer extends Viewer {
  classTeacherIds(): Promise<Set<string>>;
}

export interface Owned {
  origin: "curriculum" | "teacher" | "generated";
  authorId?: string;
  status?: ExerciseStatus;
  visibility?: ExerciseVisibility;
}

/** True when seeing `ex` depends on whether its author teaches one of the viewer's classes. */
export function dependsOnClasses(viewer: Viewer, ex: Owned): boolean {
  return (
    viewer.role === "student" &&
    ex.origin !== "curriculum" &&
    ex.authorId !== viewer.id &&
    ex.status === "published" &&
    ex.visibility === "classes"
  );
}

/** `classTeacherIds`: the teachers of the viewer's classes (only consulted when dependsOnClasses). */
export function canSee(viewer: Viewer, ex: Owned, classTeacherIds: ReadonlySet<string>): boolean {
  if (ex.origin === "curriculum") return true;
  if (viewer.role === "admin" || ex.authorId === viewer.id) return true;
  if (ex.status !== "published") return false;
  if (ex.visibility === "platform") return true;
  if (ex.visibility === "classes") return viewer.role === "student" && classTeacherIds.has(ex.authorId ?? "");
  return false;
}

/** Authors may change their own exercises; admins any non-curriculum one. */
export function canEdit(viewer: Viewer, ex: Owned): boolean {
  return ex.origin !== "curriculum" && (viewer.role === "admin" || ex.authorId === viewer.id);
}
