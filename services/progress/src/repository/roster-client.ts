import { z } from "zod";
import type { ServiceClient } from "@emberlearn/platform";
import type { Roster } from "../domain/roster.ts";

const classesBody = z.object({
  classes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      students: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
    }),
  ),
});

export function createRosterClient(auth: ServiceClient): Roster {
  return {
    async classesOfCaller(token?: string) {
      return (await auth.call({ path: "/api/auth/classes", schema: classesBody, token })).classes;
    },
  };
}
