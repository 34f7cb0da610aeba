import { describe, expect, it } from "vitest";
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from "./errors.ts";

// Each error the services throw becomes one problem+json answer: its status, code and words matter.

describe("platform errors", () => {
  it("carry the status, code, message and headers a client receives", () => {
    const cases: [AppError, number, string, string][] = [
      [new ValidationError("bad", [{ field: "body.x", message: "must be set" }]), 400, "validation-failed", "bad"],
      [new UnauthorizedError(), 401, "unauthorized", "Authentication required"],
      [new ForbiddenError(), 403, "forbidden", "You are not allowed to do this"],
      [new ForbiddenError("Not your class"), 403, "forbidden", "Not your class"],
      [new NotFoundError('Exercise "x"'), 404, "not-found", 'Exercise "x" not found'],
      [new ConflictError("already submitted"), 409, "conflict", "already submitted"],
      [new TooManyRequestsError("slow down", 7), 429, "too-many-requests", "slow down"],
      [new UpstreamError("down"), 502, "upstream-failed", "down"],
      [new UpstreamError("slow", 504), 504, "upstream-failed", "slow"],
    ];
    for (const [error, status, code, message] of cases) {
      expect(error).toBeInstanceOf(AppError);
      expect({ status: error.status, code: error.code, message: error.message }).toEqual({ status, code, message });
    }
    expect(new ValidationError("bad", [{ field: "body.x", message: "must be set" }]).issues).toEqual([
      { field: "body.x", message: "must be set" },
    ]);
    expect(new ValidationError("bad").issues).toEqual([]);
    expect(new TooManyRequestsError("slow down", 7).headers).toEqual({ "retry-after": "7" });
  });

  it("are named after their class (the log shows which)", () => {
    expect(new NotFoundError("x").name).toBe("NotFoundError");
    expect(new AppError("c", 418, "m").name).toBe("AppError");
  });
});
