export { evaluateRequirements } from './evaluate-requirements.js';
export { recommendCategories } from './recommend-categories.js';
export type { Requirement, RequirementId, RequirementUnit, RequirementsResult, CategoryRecommendation, EvaluateOptions } from './requirement.js';
