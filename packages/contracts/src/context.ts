import { z } from "zod";

// Where a request comes from in the curriculum, as a client may send it (a run, a review, a tutor
// question). Defined once: the events these requests publish require non-empty ids, so a route
// that accepted "" would fail later, after the student's work was done.
export const exerciseIdField = z.string().min(1, "must not be empty").max(80);
export const moduleIdField = z.string().min(1, "must not be empty").max(40);

/** the optional curriculum context of a run, review or tutor question */
export const learningContext = { exerciseId: exerciseIdField.optional(), moduleId: moduleIdField.optional() };
