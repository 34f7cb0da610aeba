import { describe, expect, it } from "vitest";
import { FairQueue } from "./fair-queue.ts";
import { SandboxBusyError } from "./types.ts";

// Who runs next when the sandbox is busy: users take turns, a user's own jobs keep their order, and
// one user never has more than `perUser` running, so a flood waits behind itself.

const limits = { total: 10, perUserWaiting: 3, perUser: 1 };
const takeAll = <T>(q: FairQueue<T>) => {
  const out: string[] = [];
  for (let next = q.take(); next; next = q.take()) {
    out.push(`${next.user}:${next.job}`);
    q.done(next.user);
  }
  return out;
};

describe("fair queue", () => {
  it("serves users in turn, each user's jobs in the order they came", () => {
    const q = new FairQueue<string>(limits);
    q.push("ada", "a1");
    q.push("ada", "a2");
    q.push("ada", "a3");
    q.push("bob", "b1");
    q.push("cy", "c1");
    q.push("bob", "b2");
    expect(q.length).toBe(6);
    expect(takeAll(q)).toEqual(["ada:a1", "bob:b1", "cy:c1", "ada:a2", "bob:b2", "ada:a3"]);
    expect(q.length).toBe(0);
    expect(q.take()).toBeUndefined();
  });

  it("skips a user who already has perUser jobs running, until one is done", () => {
    const q = new FairQueue<string>({ ...limits, perUser: 2 });
    for (const job of ["a1", "a2", "a3"]) q.push("ada", job);
    q.push("bob", "b1");
    expect(q.take()).toEqual({ user: "ada", job: "a1" });
    expect(q.take()).toEqual({ user: "bob", job: "b1" });
    expect(q.take()).toEqual({ user: "ada", job: "a2" });
    // ada has two running: her third waits, though a worker is free
    expect(q.take()).toBeUndefined();
    expect(q.length).toBe(1);
    q.done("bob");
    expect(q.take()).toBeUndefined();
    q.done("ada");
    expect(q.take()).toEqual({ user: "ada", job: "a3" });
  });

  it("counts running jobs per user: done twice frees two slots", () => {
    const q = new FairQueue<string>({ ...limits, perUserWaiting: 5, perUser: 2 });
    for (const job of ["a1", "a2", "a3", "a4"]) q.push("ada", job);
    q.take();
    q.take();
    q.done("ada");
    expect(q.take()?.job).toBe("a3");
    expect(q.take()).toBeUndefined();
    q.done("ada");
    q.done("ada");
    expect(q.take()?.job).toBe("a4");
    // done for a user with nothing running changes nothing
    q.done("nobody");
    expect(q.take()).toBeUndefined();
  });

  it("refuses a user's job past perUserWaiting, with a retry hint, while others still get in", () => {
    const q = new FairQueue<string>(limits);
    for (const job of ["a1", "a2", "a3"]) q.push("ada", job);
    let error: unknown;
    try {
      q.push("ada", "a4");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SandboxBusyError);
    expect(error).toMatchObject({
      scope: "user",
      retryAfterSeconds: 2,
      message: "You already have programs waiting to run",
    });
    expect(q.length).toBe(3);
    q.push("bob", "b1");
    expect(q.length).toBe(4);
  });

  it("refuses everyone once `total` jobs wait, and takes jobs again as the queue empties", () => {
    const q = new FairQueue<string>({ total: 2, perUserWaiting: 5, perUser: 1 });
    q.push("ada", "a1");
    q.push("bob", "b1");
    expect(() => q.push("cy", "c1")).toThrow(
      expect.objectContaining({ scope: "total", retryAfterSeconds: 1, message: "The sandbox is busy" }),
    );
    q.take();
    q.push("cy", "c1");
    expect(q.length).toBe(2);
  });

  it("a user whose queue emptied joins the back of the turn when they come again", () => {
    const q = new FairQueue<string>({ ...limits, perUser: 5 });
    q.push("ada", "a1");
    q.push("bob", "b1");
    expect(q.take()?.user).toBe("ada");
    q.push("cy", "c1");
    q.push("ada", "a2");
    expect([q.take()?.user, q.take()?.user, q.take()?.user]).toEqual(["bob", "cy", "ada"]);
  });

  it("drain hands back every waiting job and leaves the queue empty and usable", () => {
    const q = new FairQueue<string>(limits);
    q.push("ada", "a1");
    q.push("ada", "a2");
    q.push("bob", "b1");
    expect(q.drain().sort()).toEqual(["a1", "a2", "b1"]);
    expect(q.length).toBe(0);
    expect(q.take()).toBeUndefined();
    for (const job of ["a3", "a4", "a5"]) q.push("ada", job);
    expect(q.take()?.job).toBe("a3");
  });
});
