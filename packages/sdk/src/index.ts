// The public API of @endorsement-kit/sdk: values first, then types. Keep this list explicit.

export {
  programs,
  presetProgram,
  defineProgram,
  resolveRules,
  valueAsOf,
  QUESTION_STEPS,
  QUESTION_TYPES,
  EDUCATION_LEVELS,
  LEADERSHIP_LEVELS,
  REFERENCE_ROLES,
  CATEGORY_LABELS,
  ENDORSEMENT_LABELS,
} from './program/index.js';
export {
  ENDORSEMENTS,
  IMH_CODES,
  ECMH_CODES,
  CODES,
  CODES_BY_ENDORSEMENT,
  twinOf,
  endorsementOf,
  isCode,
  isEndorsement,
} from './codes/index.js';
export {
  translate,
  translateRating,
  hasMessage,
  localize,
  baseLocale,
  SHIPPED_LOCALES,
  registerMessages,
  hasMessages,
} from './i18n/index.js';
export {
  EndorsementKitError,
  ConfigError,
  SubmissionError,
  NetworkError,
  StorageError,
  ConflictError,
  isEndorsementKitError,
  isConfigError,
  isSubmissionError,
  isNetworkError,
  isStorageError,
  isConflictError,
} from './errors/index.js';
export { MissingProgramError, isMissingProgramError } from './errors/index.js';
export { ProgramLoadError, isProgramLoadError } from './errors/index.js';
export {
  registrationSchema,
  applicationSchema,
  REFERENCE_REQUEST_STATES,
  APPLICANT_TOKEN_HEADER,
  RATER_ENDORSEMENTS,
  RATER_ERROR_CODES,
  referenceRequestInputSchema,
  referenceAddressBodySchema,
  referenceCancelBodySchema,
  referenceResendBodySchema,
  raterAnswersSchema,
  raterAnswersDraftSchema,
  raterTokenBodySchema,
  raterDeclineBodySchema,
  raterAnswersBodySchema,
} from './schema/index.js';
export { validateRegistration, validateApplication, ISSUE_CODES } from './validation/index.js';
export { getSteps, stepStatuses, stepOfIssue, questionsFor, isQuestionShown } from './steps/index.js';
export { evaluateRequirements, recommendCategories, recommendForProfile, checkProfile, hourTotals } from './requirements/index.js';
export {
  resolveRatingForm,
  evaluateRating,
  missingRatingAnswers,
  fillSlots,
  rateReferences,
  ratingsStillNeeded,
  referenceSettings,
  PLACEHOLDER_RATING_FORM,
  DEFAULT_REFERENCE_SLOTS,
} from './references/index.js';
export {
  renewalSettings,
  renewalAttestations,
  renewalCycle,
  nextRenewalCycle,
  renewalPhase,
  evaluateRenewal,
  renewalSchema,
  validateRenewal,
  renewalClient,
  DEFAULT_RENEWAL_HOURS,
} from './renewal/index.js';
export { createEndorsementClient, createClientWith } from './client/index.js';
export { Draft, DRAFT_SCHEMA_VERSION, draftFeatures } from './drafts/index.js';
export { restBackend, customBackend, raterClient, referencesClient } from './backend/index.js';
export { ReferenceLinkError, isReferenceLinkError } from './errors/index.js';
export { indexedDbStore, memoryStore } from './stores/index.js';

export type {
  Program,
  ProgramConfig,
  CategoryDefinition,
  ProgramContact,
  CategoryRules,
  ResolvedCategoryRules,
  EducationLevel,
  LeadershipLevel,
  ReferenceRole,
  Dated,
  DatedValue,
  IsoDate,
  Question,
  QuestionType,
  Answer,
  ReferenceSettings,
  ReferencesConfig,
  ReferenceSlot,
  RatingFormDefinition,
  RenewalSettings,
  RenewalConfig,
  RenewalHours,
  RenewalFees,
  RenewalAttestation,
  MonthDay,
} from './program/index.js';
export type { Endorsement, Code } from './codes/index.js';
export type { Locale, LocalizedText, MessageParams } from './i18n/index.js';
export type { StorageFailure, SubmissionFailureReason } from './errors/index.js';
export type {
  Registration,
  Application,
  Applicant,
  EducationEntry,
  WorkEntry,
  TrainingEntry,
  RscReceivedEntry,
  RscProvidedEntry,
  LeadershipEntry,
  ReferenceEntry,
  Signature,
  DeepPartial,
  ApplicationDraft,
  Receipt,
  ReferenceRequestState,
  RaterEndorsement,
  ReferenceRequestInput,
  ReferenceAddressBody,
  ReferenceCancelBody,
  ReferenceResendBody,
  ReferenceRequestView,
  ReferenceList,
  RaterAnswers,
  RaterAnswersDraft,
  RaterTokenBody,
  RaterDeclineBody,
  RaterAnswersBody,
  RaterInvitation,
  RaterErrorCode,
  RatingForm,
  RatingDomain,
  RatingItem,
  RatingScaleOption,
  RecommendationOption,
} from './schema/index.js';
export type { Issue, IssueCode, ValidationResult, ValidateOptions } from './validation/index.js';
export type {
  StepSpec,
  FieldSpec,
  FieldKind,
  FieldOption,
  FieldGroup,
  RepeatSpec,
  StepStatus,
  GetStepsOptions,
  StepStatusOptions,
  FormId,
  StepId,
} from './steps/index.js';
export type {
  Requirement,
  RequirementId,
  RequirementUnit,
  RequirementsResult,
  CategoryRecommendation,
  EvaluateOptions,
  ApplicantProfile,
  ProfileRecommendation,
  HourTotals,
  RatingSummary,
  RatingsCheck,
} from './requirements/index.js';
export type {
  RatingFormOptions,
  RatingCheckOptions,
  RatingEvaluation,
  RatingFlag,
  EvaluateRatingOptions,
  SlotFulfilment,
} from './references/index.js';
export type {
  RenewalCycle,
  RenewalPhase,
  RenewalCheck,
  RenewalCheckId,
  RenewalResult,
  EvaluateRenewalOptions,
  Renewal,
  RenewalInvitation,
  RenewalFailure,
  RenewalClient,
} from './renewal/index.js';
export type { EndorsementClient, EndorsementClientOptions, DraftSummary } from './client/index.js';
export type {
  DraftListener,
  DraftRecord,
  PendingSubmission,
  PendingSubmissions,
  SubmissionKind,
  SaveState,
  SubmissionState,
  DraftConflict,
  SendOptions,
  DraftPath,
  DraftValidation,
  FieldConflict,
  DraftFeatures,
} from './drafts/index.js';
export type {
  Backend,
  StatusQuery,
  SubmissionContext,
  RestBackendOptions,
  HeadersOption,
  RaterClient,
  RaterClientOptions,
  ReferencesClient,
  ReferencesClientOptions,
} from './backend/index.js';
export type { DraftStore, IndexedDbStoreOptions } from './stores/index.js';
