import { loadCurriculum } from "@emberlearn/content";
import type { ModuleCatalog } from "../domain/activity.ts";

/** The curriculum facts mastery needs, read once from the content package at start. */
export async function loadCatalog(): Promise<ModuleCatalog[]> {
  const curriculum = await loadCurriculum();
  return curriculum.modules.map((m) => ({
    id: m.id,
    title: m.title,
    order: m.order,
    exercises: curriculum.exercises
      .filter((e) => e.module === m.id)
      .map((e) => ({ id: e.id, title: e.title, difficulty: e.difficulty })),
    concepts: curriculum.concepts
      .filter((c) => c.module === m.id)
      .sort((a, b) => a.order - b.order)
      .map((c) => ({ id: c.id, title: c.title, order: c.order })),
  }));
}
