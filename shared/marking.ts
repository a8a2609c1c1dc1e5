/**
 * Kept so existing imports of `@shared/marking` keep working: the marking rules now live in
 * shared/domain/markings.ts.
 */
export { DEFAULT_MARKING } from './domain/markings';
