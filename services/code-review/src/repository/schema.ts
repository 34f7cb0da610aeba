import { pgSchema } from "drizzle-orm/pg-core";
import { messagingTables } from "@emberlearn/platform/events/tables";

// Code review keeps no state of its own beyond the events it publishes.
export const codeReview = pgSchema("code_review");
export const { outbox, inbox } = messagingTables(codeReview);
