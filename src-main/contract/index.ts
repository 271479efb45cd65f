export * from './errors';
export * from './methods';
export * from './events';
export * from './schemas';
export * from './window-bridge';
export type * from './dto/app';
export type * from './dto/settings';
export type * from './dto/customers';
