// Public surface of the model: types, ids and errors. Imports nothing from the rest of src/.
export * from './types.ts';
export * from './pipeline.ts';
export * from './ids.ts';
export * from './errors.ts';
export * from './api.ts';
