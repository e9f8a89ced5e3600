/**
 * Runs async jobs one after the other. Password checks go through one: with the hashing off the event loop,
 * parallel wrong guesses must still each be counted before the next is tried, or a burst would get past
 * the lockout; and only one scrypt's memory is in use at a time. Clothing corrections are read, changed
 * and written through another, so two teachers saving at once do not lose one of the saves.
 */
export class OneAtATime {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.last.then(job);
    this.last = result.catch(() => undefined);
    return result;
  }
}
