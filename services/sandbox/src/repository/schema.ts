import { pgSchema } from "drizzle-orm/pg-core";
import { messagingTables } from "@emberlearn/platform/events/tables";

// The sandbox keeps no state of its own beyond the events it publishes.
export const sandbox = pgSchema("sandbox");
export const { outbox, inbox } = messagingTables(sandbox);
