import { embeddedSuite } from "./embedded-api.ts";
import { browserSuite } from "./browser.ts";
import { teacherSuite } from "./teacher-browser.ts";
import { studentSuite } from "./student-browser.ts";
import { distributedSuite } from "./distributed.ts";
import { daprSuite } from "./distributed-dapr.ts";

// Every end-to-end suite starts the platform on its real ports, so they share
// this one file and run in order: embedded mode over HTTP, the browser (the first
// session, the teacher's tools, a new student's experience), then the distributed
// mode (a process per service, PostgreSQL, Kafka), and the same with Dapr sidecars.
embeddedSuite();
browserSuite();
teacherSuite();
studentSuite();
distributedSuite();
daprSuite();
