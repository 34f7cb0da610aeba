import { embeddedSuite } from "./embedded-api.ts";
import { browserSuite } from "./browser.ts";
import { teacherSuite } from "./teacher-browser.ts";
import { distributedSuite } from "./distributed.ts";

// Every end-to-end suite starts the platform on its real ports, so they share
// this one file and run in order: embedded mode over HTTP, the browser, then
// the distributed mode (a process per service, PostgreSQL, Kafka).
embeddedSuite();
browserSuite();
teacherSuite();
distributedSuite();
