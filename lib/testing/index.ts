export { allowedByDefinition, maskByDefinition } from './attentionFixtures';
export type { CloseOptions } from './expectClose';
export { expectClose, isClose } from './expectClose';
export { RATIO_MEASURE_IDS } from './sparsityFixtures';
