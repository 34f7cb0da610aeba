// the report, the alerts and the activity are read by other services and the web app: their contracts
// live in packages/contracts/src/http (progress.ts, progress-teacher.ts)
export { activity, alert, momentum, progressReport as report } from "@emberlearn/contracts/http";
