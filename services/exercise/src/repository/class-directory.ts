import { z } from "zod";
import type { ServiceClient } from "@emberlearn/platform";

// Class membership comes from the auth service, which owns classes, over HTTP
// with the caller's own token. Not from token claims: tokens live 24 hours, so
// a student who joins a class (or is removed from one) would see the wrong
// exercises until the token is renewed; asking the owner is always current.

export interface ClassDirectory {
  /** ids of the caller's classes: a teacher's own, or those a student joined */
  classIdsOfCaller(): Promise<Set<string>>;
  /** the teachers of the classes the calling student joined */
  teacherIdsOfCaller(): Promise<Set<string>>;
}

const classesBody = z.object({
  classes: z.array(z.object({ id: z.string(), teacherId: z.string() }).passthrough()),
});

export function createClassDirectory(auth: ServiceClient): ClassDirectory {
  const classes = () => auth.call({ path: "/api/auth/classes", schema: classesBody }).then((b) => b.classes);
  return {
    classIdsOfCaller: async () => new Set((await classes()).map((c) => c.id)),
    teacherIdsOfCaller: async () => new Set((await classes()).map((c) => c.teacherId)),
  };
}
