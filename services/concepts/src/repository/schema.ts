import { pgSchema } from "drizzle-orm/pg-core";
import { messagingTables } from "@emberlearn/platform/events/tables";

// The concepts service keeps no state of its own beyond the events it publishes.
export const concepts = pgSchema("concepts");
export const { outbox, inbox } = messagingTables(concepts);
