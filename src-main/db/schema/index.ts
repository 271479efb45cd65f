export * from './settings';
export * from './shops';
export * from './customers';
export * from './orders';
export * from './import-batches';
export * from './source-files';
