export { createReceiver } from './receiver.js';
export type { Receiver, ScriptedStep, LoggedRequest, StoredRecord, ReceiverKind } from './receiver.js';
export { waitForDraft, saved } from './wait-for.js';
export { createReferenceReceiver, TEST_FORM } from './references.js';
export { createCheckoutReceiver } from './fee-checkout.js';
export type { ReferenceReceiver, FakeRequest } from './references.js';
export { createDocumentReceiver } from './documents.js';
export type { DocumentReceiver } from './documents.js';
export type { CheckoutReceiver } from './fee-checkout.js';
