import { z } from "zod";
import type { ServiceClient } from "@emberlearn/platform";

export interface ClassDirectory {
  /** ids of the caller's classes: a teacher's own, or those a student joined */
  classIdsOfCaller(): Promise<Set<string>>;
}

export function createClassDirectory(auth: ServiceClient): ClassDirectory {
  return {
    async classIdsOfCaller() {
      const body = await auth.call({
        path: "/api/auth/classes",
        schema: z.object({ classes: z.array(z.object({ id: z.string() }).passthrough()) }),
      });
      return new Set(body.classes.map((c) => c.id));
    },
  };
}
