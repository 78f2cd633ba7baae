// Catching the error a test expects, typed, so it can check the code and message: a call
// that does not fail, or fails with another kind of error, fails the test.

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** The `type` error `run` throws. */
export function thrownBy<E extends Error>(type: ErrorClass<E>, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The `type` error `promise` rejects with. */
export async function rejectionOf<E extends Error>(type: ErrorClass<E>, promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected the call to fail with a ${type.name}`);
}
