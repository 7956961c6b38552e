export {
  ENDORSEMENTS,
  IMH_CODES,
  ECMH_CODES,
  CODES,
  CODES_BY_ENDORSEMENT,
  ADVANCEMENT_ORDER,
  AGE_BAND_OF,
  twinOf,
  baseCodeOf,
  endorsementOf,
  isCode,
  isEndorsement,
} from './codes.js';
export type { Endorsement, Code } from './codes.js';
