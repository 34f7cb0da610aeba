import type {
  alertList,
  alertResolve,
  assignmentCreate,
  assignmentList,
  assignmentStatusGet,
  authClasses,
  authCreateClass,
  authJoinClass,
  authRefresh,
  authResetComplete,
  authResetRequest,
  authSignIn,
  authSignOut,
  authSignUp,
  authStudentReset,
  classOverview,
  codeReview,
  conceptGet,
  conceptList,
  debugExplain,
  draftDelete,
  draftGet,
  draftSave,
  Endpoint,
  exerciseCheck,
  exerciseGenerate,
  exerciseGet,
  exerciseHintGet,
  exerciseList,
  exerciseModules,
  exerciseSubmit,
  mySubmissions,
  progressMe,
  progressMomentum,
  progressStudent,
  progressTimeline,
  quizGet,
  quizList,
  quizStart,
  quizSubmit,
  RequestOf,
  ResponseOf,
  sandboxEof,
  sandboxInput,
  sandboxInteractive,
  sandboxRun,
  sandboxStop,
  sandboxTrace,
  studentConversations,
  studentQuizAttempts,
  studentSubmissions,
  studioCreate,
  studioEdit,
  studioGet,
  studioImport,
  studioList,
  studioPublish,
  studioRetire,
} from "@emberlearn/contracts/http";

// The routes the web app calls whose contract lives in packages/contracts/src/http, by "METHOD path".
// Type-only: the browser bundle gets no zod and no schema, yet a page's `res` is the contract's answer
// type, so a renamed field in a service breaks `tsc -p apps/web` instead of a page at run time.

type Contracts =
  | typeof alertList
  | typeof alertResolve
  | typeof assignmentCreate
  | typeof assignmentList
  | typeof assignmentStatusGet
  | typeof authClasses
  | typeof authCreateClass
  | typeof authJoinClass
  | typeof authRefresh
  | typeof authResetComplete
  | typeof authResetRequest
  | typeof authSignIn
  | typeof authSignOut
  | typeof authSignUp
  | typeof authStudentReset
  | typeof classOverview
  | typeof codeReview
  | typeof conceptGet
  | typeof conceptList
  | typeof debugExplain
  | typeof draftDelete
  | typeof draftGet
  | typeof draftSave
  | typeof exerciseCheck
  | typeof exerciseGenerate
  | typeof exerciseGet
  | typeof exerciseHintGet
  | typeof exerciseList
  | typeof exerciseModules
  | typeof exerciseSubmit
  | typeof mySubmissions
  | typeof progressMe
  | typeof progressMomentum
  | typeof progressStudent
  | typeof progressTimeline
  | typeof quizGet
  | typeof quizList
  | typeof quizStart
  | typeof quizSubmit
  | typeof sandboxEof
  | typeof sandboxInput
  | typeof sandboxInteractive
  | typeof sandboxRun
  | typeof sandboxStop
  | typeof sandboxTrace
  | typeof studentConversations
  | typeof studentQuizAttempts
  | typeof studentSubmissions
  | typeof studioCreate
  | typeof studioEdit
  | typeof studioGet
  | typeof studioImport
  | typeof studioList
  | typeof studioPublish
  | typeof studioRetire;

type ByRoute = { [E in Contracts as `${E["method"]} ${E["path"]}`]: E };

/** e.g. "GET /api/progress/me" */
export type ApiRoute = keyof ByRoute;
export type ApiEndpoint<R extends ApiRoute> = ByRoute[R] & Endpoint;
/** the body, params and query a route takes (params fill the path's `:name` segments) */
export type ApiInput<R extends ApiRoute> = RequestOf<ApiEndpoint<R>>;
/** what a route answers, as its contract's response schema describes it */
export type ApiResponse<R extends ApiRoute> = ResponseOf<ApiEndpoint<R>>;

/** "GET /api/x/:id" with params → ["GET", "/api/x/42?…"] */
export function splitRoute(
  route: string,
  input: { params?: Record<string, unknown>; query?: Record<string, unknown> } = {},
): [method: string, path: string] {
  const [method = "GET", template = ""] = route.split(" ");
  const path = template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(input.params?.[name])));
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(input.query ?? {})) if (v !== undefined && v !== null) search.set(k, String(v));
  const qs = search.toString();
  return [method, qs ? `${path}?${qs}` : path];
}
