import "server-only";
import { request } from "./api";

/** Lessons read and exercises passed, for done marks in lists; empty when progress cannot answer. */
export async function doneMarks(): Promise<{ concepts: Set<string>; exercises: Set<string> }> {
  try {
    const r = await request("GET /api/progress/me");
    return { concepts: new Set(r.done?.concepts ?? []), exercises: new Set(r.done?.exercises ?? []) };
  } catch {
    return { concepts: new Set(), exercises: new Set() };
  }
}
