/**
 * Thrown from transaction work to undo the whole transaction on purpose (a refused
 * seed, for instance). Database passes it, and its subclasses, through unchanged:
 * it is the caller's verdict, not a database failure to translate or log.
 */
export class Rollback extends Error {
  override name = 'Rollback';
}
