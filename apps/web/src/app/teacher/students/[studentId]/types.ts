import type { ApiResponse } from "@/lib/api-routes";

// What a teacher's drill-down of one student reads, from three services' contracts (packages/contracts/src/http).

export type StudentView = ApiResponse<"GET /api/progress/students/:studentId">;
export type Submission = ApiResponse<"GET /api/exercise/students/:studentId/submissions">["submissions"][number];
export type QuizAttempt = ApiResponse<"GET /api/exercise/students/:studentId/quiz-attempts">["attempts"][number];
export type Conversation = ApiResponse<"GET /api/triage/students/:studentId/conversations">["conversations"][number];
