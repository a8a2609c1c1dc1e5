/** Input schemas for what the engine stores: reports, links and evidence. */
export * from './report';
export * from './link';
export * from './evidence';
