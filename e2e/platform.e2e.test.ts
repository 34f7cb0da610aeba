import { embeddedSuite } from "./embedded-api.ts";
import { browserSuite } from "./browser.ts";

// Every end-to-end suite starts the platform on its real ports, so they share
// this one file and run in order: embedded mode over HTTP, then the browser.
embeddedSuite();
browserSuite();
