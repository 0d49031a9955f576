/** The message of the error `run` throws; fails the test when it throws nothing. */
export function thrownMessage(run: () => unknown, what: string): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${what} was accepted`);
}
