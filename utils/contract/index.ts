// The one contract between extension and server.
export * from './vocabulary';
export * from './identity';
export * from './api';
export * from './admin';
export * from './public-pages';
export * from './register';
