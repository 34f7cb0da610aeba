import { authClasses, type ClassInfo } from "@emberlearn/contracts/http";
import type { ServiceClient } from "@emberlearn/platform";

// Class membership comes from the auth service, which owns classes, over HTTP
// with the caller's own token. Not from token claims: tokens live 24 hours, so
// a student who joins a class (or is removed from one) would see the wrong
// exercises until the token is renewed; asking the owner is always current.

export type { ClassInfo } from "@emberlearn/contracts/http";

export interface ClassDirectory {
  /** ids of the caller's classes: a teacher's own, or those a student joined */
  classIdsOfCaller(): Promise<Set<string>>;
  /** the teachers of the classes the calling student joined */
  teacherIdsOfCaller(): Promise<Set<string>>;
  /** the caller's classes (a teacher's: with their students) */
  classesOfCaller(): Promise<ClassInfo[]>;
}

export function createClassDirectory(auth: ServiceClient): ClassDirectory {
  const classes = () => auth.request(authClasses, {}).then((b) => b.classes);
  return {
    classIdsOfCaller: async () => new Set((await classes()).map((c) => c.id)),
    teacherIdsOfCaller: async () => new Set((await classes()).map((c) => c.teacherId)),
    classesOfCaller: classes,
  };
}

/** The caller's classes that `studentId` is in (empty: not one of the caller's students). */
export async function classesWithStudent(dir: ClassDirectory, studentId: string): Promise<ClassInfo[]> {
  return (await dir.classesOfCaller()).filter((c) => c.students.some((s) => s.id === studentId));
}
