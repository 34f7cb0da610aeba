import type { Db, Emitter } from "@emberlearn/platform";
import type { ModuleCatalog } from "../domain/activity.ts";
import type { Roster } from "../domain/roster.ts";
import type { AlertFeed } from "../events/alert-feed.ts";

/** What the progress use cases are built from (app.ts wires the real ones; a test may pass its own clock). */
export interface ProgressDeps {
  db: Db;
  /** writes struggle.resolved with the alert's change, in one transaction */
  events: Emitter;
  catalog: ModuleCatalog[];
  /** who teaches whom, asked of the auth service with the caller's token */
  roster: Roster;
  /** this instance's live struggle.alerts, for teachers' open streams */
  feed: AlertFeed;
  now: () => Date;
  /** what an operator should hear of (a roster refresh that failed) */
  warn?: (message: string) => void;
}
