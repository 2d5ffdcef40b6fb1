export { allowedByDefinition, maskByDefinition } from './attentionFixtures';
export type { CloseOptions } from './expectClose';
export { expectClose, isClose } from './expectClose';
