/** The signed-in account may not do this; the dispatcher answers FORBIDDEN with the message. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}
