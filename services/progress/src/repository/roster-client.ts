import { authClasses } from "@emberlearn/contracts/http";
import type { ServiceClient } from "@emberlearn/platform";
import type { Roster } from "../domain/roster.ts";

export function createRosterClient(auth: ServiceClient): Roster {
  return {
    async classesOfCaller(token?: string) {
      return (await auth.request(authClasses, { token })).classes;
    },
  };
}
