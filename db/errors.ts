/** A stored quote no longer matches its article at its offsets: an error, never a warning. */
export class QuoteMismatchError extends Error {
  constructor(where: string, expected: string, found: string) {
    super(`${where}: quote ${JSON.stringify(expected)} does not match the article text ${JSON.stringify(found)}`);
  }
}

/** A lookup found nothing: routes answer 404 with this message. */
export class NotFoundError extends Error {}

/**
 * A request that cannot apply (a reviewer's quote outside its article, an impossible date, a
 * briefing over too many events): routes answer 400.
 */
export class InvalidEditError extends Error {}

/** A write based on something another write has since changed (a region version no longer current): routes answer 409. */
export class ConflictError extends Error {}
