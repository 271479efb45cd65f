/**
 * A request that was understood but cannot be done, with a Chinese message for the user that
 * says why and what to do. The dispatcher returns it as REJECTED instead of an internal error.
 */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
