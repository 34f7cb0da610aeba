import { afterEach, describe, expect, it, vi } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import type { Db, Emitter } from "@emberlearn/platform";
import { createAlertFeed } from "../events/alert-feed.ts";
import type { RosterClass } from "../domain/roster.ts";
import { createAlerts } from "./alerts.ts";

// A teacher's live alert stream passes on only their own students' alerts, notices a student who joined
// after the stream opened (the roster is asked again, at most every 2 s), and stops when unsubscribed.

const classOf = (...ids: string[]): RosterClass[] => [
  { id: "c1", name: "Class", students: ids.map((id) => ({ id, name: id, email: `${id}@example.org` })) },
];
const alertAbout = (studentId: string) => ({ id: `e-${studentId}`, subject: studentId }) as CloudEvent;
const settle = () => new Promise((r) => setImmediate(r));

function setup(roster: () => Promise<RosterClass[]>) {
  const feed = createAlertFeed();
  const tokens: (string | undefined)[] = [];
  const warnings: string[] = [];
  const alerts = createAlerts({
    db: {} as Db,
    events: {} as Emitter,
    catalog: [],
    feed,
    now: () => new Date(),
    warn: (message) => warnings.push(message),
    roster: {
      classesOfCaller: (token) => {
        tokens.push(token);
        return roster();
      },
    },
  });
  return { feed, alerts, tokens, warnings };
}

afterEach(() => vi.useRealTimers());

describe("a teacher's live alerts", () => {
  it("passes on their own students' alerts only, with the teacher's token kept for the roster", async () => {
    const { feed, alerts, tokens } = setup(async () => classOf("ada"));
    const got: string[] = [];
    const unsubscribe = (await alerts.watch("teacher-token"))((e) => got.push(e.subject));
    feed.publish(alertAbout("ada"));
    feed.publish(alertAbout("mallory"));
    await settle();
    expect(got).toEqual(["ada"]);
    expect(tokens).toEqual(["teacher-token"]);

    unsubscribe();
    feed.publish(alertAbout("ada"));
    await settle();
    expect(got).toEqual(["ada"]);
  });

  it("asks the roster again for an unknown student, at most every 2 s, so a new student is picked up", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let roster = classOf("ada");
    const { feed, alerts, tokens } = setup(async () => roster);
    const got: string[] = [];
    (await alerts.watch("t"))((e) => got.push(e.subject));

    roster = classOf("ada", "grace");
    feed.publish(alertAbout("grace"));
    await settle();
    expect(got).toEqual([]); // asked less than 2 s ago: not asked again
    expect(tokens).toHaveLength(1);

    vi.advanceTimersByTime(2_001);
    feed.publish(alertAbout("grace"));
    await settle();
    expect(got).toEqual(["grace"]);
    expect(tokens).toEqual(["t", "t"]);
  });

  it("keeps the students it knows when a refresh fails, and passes no unknown student's alert on", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let fail = false;
    const { feed, alerts, warnings } = setup(async () => {
      if (fail) throw new Error("auth is down");
      return classOf("ada");
    });
    const got: string[] = [];
    (await alerts.watch("t"))((e) => got.push(e.subject));
    fail = true;
    vi.advanceTimersByTime(2_001);
    feed.publish(alertAbout("grace"));
    await settle();
    feed.publish(alertAbout("ada"));
    await settle();
    expect(got).toEqual(["ada"]);
    expect(warnings).toEqual(["roster refresh failed, keeping the last one: auth is down"]);
  });
});
