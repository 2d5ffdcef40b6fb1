export { allowedByDefinition, maskByDefinition } from './attentionFixtures';
export type { CloseOptions } from './expectClose';
export { expectClose, isClose } from './expectClose';
export { OCR_FIXTURE_CONFUSIONS, OCR_FIXTURE_COUNTS, ocrFixtureModel } from './ocrFixtures';
export { RATIO_MEASURE_IDS } from './sparsityFixtures';
