export { EndorsementController } from './endorsement-controller.js';
export { resolveProgram } from './resolve-program.js';
export { loadPosition, savePosition } from './position.js';
export type { ControllerSource, EndorsementControllerOptions, LoadState } from './endorsement-controller.js';
export type { Position, Screen } from './position.js';
