import { createClassifier, loadTrainingSet } from "./classifier.ts";
import { trainNaiveBayes } from "./model.ts";

export * from "./types.ts";
export { createClassifier, isSolutionRequest, loadTrainingSet } from "./classifier.ts";
export { detectStuck, detectIntent } from "./intent.ts";

/** The default offline classifier, trained on the checked-in training split. */
export const classifier = createClassifier(trainNaiveBayes(loadTrainingSet()));
