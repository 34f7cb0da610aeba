import type { CloudEvent } from "@emberlearn/contracts";
import type { Activity } from "./activity.ts";

/** Reduces a consumed event to the activity progress keeps; undefined for events it ignores. */
export function activityFromEvent(event: CloudEvent): Activity | undefined {
  const base = { id: event.id, time: event.time };
  switch (event.type) {
    case "code.executed": {
      const d = event.data as CloudEvent<"code.executed">["data"];
      return {
        ...base,
        kind: "run",
        moduleId: d.moduleId,
        exerciseId: d.exerciseId,
        status: d.status,
        errorType: d.errorType,
        ...(d.code !== undefined ? { code: d.code } : {}),
        ...(d.error ? { error: d.error } : {}),
      };
    }
    case "code.reviewed": {
      const d = event.data as CloudEvent<"code.reviewed">["data"];
      return { ...base, kind: "review", moduleId: d.moduleId, score: d.score };
    }
    case "exercise.graded": {
      const d = event.data as CloudEvent<"exercise.graded">["data"];
      return {
        ...base,
        kind: "graded",
        moduleId: d.moduleId,
        exerciseId: d.exerciseId,
        score: d.score,
        passed: d.passed,
        difficulty: d.difficulty,
        qualityScore: d.qualityScore,
        submissionId: d.submissionId,
        ...(d.exerciseTitle ? { exerciseTitle: d.exerciseTitle } : {}),
        ...(d.code !== undefined ? { code: d.code } : {}),
        ...(d.error ? { error: d.error } : {}),
        ...(d.failures ? { failures: d.failures } : {}),
      };
    }
    case "quiz.completed": {
      const d = event.data as CloudEvent<"quiz.completed">["data"];
      return {
        ...base,
        kind: "quiz",
        moduleId: d.moduleId,
        quizId: d.quizId,
        score: d.score,
        ...(d.questions ? { questions: d.questions } : {}),
      };
    }
    case "tutor.question.asked": {
      const d = event.data as CloudEvent<"tutor.question.asked">["data"];
      return {
        ...base,
        kind: "question",
        moduleId: d.moduleId,
        exerciseId: d.exerciseId,
        message: d.message,
        saysStuck: d.saysStuck ?? false,
      };
    }
    case "concept.viewed": {
      const d = event.data as CloudEvent<"concept.viewed">["data"];
      return { ...base, kind: "concept", moduleId: d.moduleId, conceptId: d.conceptId };
    }
    default:
      return undefined;
  }
}
